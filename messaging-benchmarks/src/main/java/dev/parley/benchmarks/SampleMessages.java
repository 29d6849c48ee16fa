package dev.parley.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftContext;
import dev.parley.core.policy.Relationship;

/**
 * A realistic seller message of about 2 KB of HTML: a reply about a delayed order with an
 * order id, a UPS tracking link, dates, times, prices, quantities, dimensions, a model
 * number, a list and a small table, as a seller's rich-text editor writes it.
 */
final class SampleMessages {

	static final String SELLER_REPLY_HTML = """
			<div>Hi Ben,</div>
			<div><br></div>
			<div>Thank you for your message about order <b>114-3941689-8772232</b>. I am sorry the delivery \
			is taking longer than expected. Here is what happened and what we are doing about it.</div>
			<div><br></div>
			<p>Your parcel left our warehouse on <strong>12/05/2024</strong> at 14:30 and is now with UPS. You can \
			follow it with the tracking number 1Z999AA10123456784 on \
			<a href="https://www.ups.com/track?tracknum=1Z999AA10123456784" target="_blank">the UPS tracking page</a>. \
			The carrier reported a short delay at the regional hub, and the new estimated delivery date is \
			<em>Thursday, 16 May 2024</em>, between 10:00 and 18:00.</p>
			<p>To confirm what is in the box:</p>
			<ul>
			<li>2 x Trail Runner backpack, 28 L, model TR-2800-BLK, <span style="color:#333">$89.99 each</span></li>
			<li>1 x Rain cover, size M (fits 25 to 35 L), $14.50</li>
			<li>1 x Hydration bladder, 2.5 L, SKU 88451236, $21.00</li>
			</ul>
			<table>
			<thead><tr><th>Item</th><th>Dimensions</th><th>Weight</th></tr></thead>
			<tbody>
			<tr><td>Backpack</td><td>52 x 30 x 22 cm</td><td>1.2 kg</td></tr>
			<tr><td>Rain cover</td><td>35 x 25 x 3 cm</td><td>0.2 kg</td></tr>
			</tbody>
			</table>
			<p>The order total was $215.48 including shipping. If the parcel has not arrived by Friday evening, \
			reply to this message and we will send a replacement at no cost or refund the full amount, whichever \
			you prefer. You do not need to return anything.</p>
			<p>A few care notes while you wait: rinse the bladder with warm water before the first use, let it 			dry open, and keep the backpack away from open flames. The rain cover packs into its own pocket at the 			bottom; the <u>orange tab</u> pulls it out. Both zips are waterproof, so please close them fully before 			a rainy trail, and adjust the hip belt so most of the 8 to 10 kg load rests on your hips.</p>
			<p>If you have questions about sizing or the hydration bladder, just write back here and I will \
			answer within a day.</p>
			<div><br></div>
			<div>Best regards,</div>
			<div>Maria, Northwind Outfitters</div>
			""";

	private SampleMessages() {
	}

	static Draft sellerReply() {
		Instant now = Instant.parse("2026-03-10T12:00:00Z");
		DraftContext context = new DraftContext(Relationship.ORDER, now.minus(Duration.ofDays(4)), null, true, false,
				MessagingStatus.ACTIVE, true, false, Language.EN, Clock.fixed(now, ZoneOffset.UTC));
		return new Draft(Role.SELLER, Action.REPLY, null, "Re: Where is my order?", SELLER_REPLY_HTML, List.of(),
				context);
	}

}
