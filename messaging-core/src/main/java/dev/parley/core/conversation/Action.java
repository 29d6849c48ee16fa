package dev.parley.core.conversation;

import java.util.Arrays;
import java.util.List;

/**
 * What a message is for. Buyers ask ({@link #BUYER_QUESTION}); sellers reply to an
 * awaiting buyer message ({@link #REPLY}) or send one of the proactive actions the
 * marketplace allows. Critical actions are sent with {@code [Important]} and reach buyers
 * who opted out of non-essential messages.
 */
public enum Action {

	BUYER_QUESTION(Kind.BUYER, false),

	REPLY(Kind.SELLER_REPLY, false),

	CONFIRM_CUSTOMIZATION_DETAILS(Kind.SELLER_PROACTIVE, true),

	CONFIRM_DELIVERY_DETAILS(Kind.SELLER_PROACTIVE, true),

	ADDITIONAL_INFO_REQUIRED(Kind.SELLER_PROACTIVE, true),

	SHIPPING_ADDRESS_ISSUE(Kind.SELLER_PROACTIVE, true),

	PAYMENT_ISSUE(Kind.SELLER_PROACTIVE, true),

	UNEXPECTED_PROBLEM(Kind.SELLER_PROACTIVE, false),

	SEND_INVOICE(Kind.SELLER_PROACTIVE, false),

	WARRANTY(Kind.SELLER_PROACTIVE, false),

	LEGAL_DISCLOSURE(Kind.SELLER_PROACTIVE, false),

	RETURN_REFUND_INFO(Kind.SELLER_PROACTIVE, false),

	PRODUCT_INSTRUCTIONS(Kind.SELLER_PROACTIVE, false),

	/** Standardized review request (one per order, 5 to 30 days after delivery). */
	REQUEST_REVIEW(Kind.SELLER_PROACTIVE, false),

	/** A note the system adds to a thread, such as "not delivered". */
	SYSTEM_NOTE(Kind.SYSTEM, false);

	private enum Kind {

		BUYER, SELLER_REPLY, SELLER_PROACTIVE, SYSTEM

	}

	private final Kind kind;

	private final boolean critical;

	Action(Kind kind, boolean critical) {
		this.kind = kind;
		this.critical = critical;
	}

	/**
	 * Critical actions carry {@code [Important]} and always deliver.
	 * @return whether this action is critical
	 */
	public boolean isCritical() {
		return this.critical;
	}

	public boolean isBuyerAction() {
		return this.kind == Kind.BUYER;
	}

	public boolean isSellerAction() {
		return this.kind == Kind.SELLER_REPLY || this.kind == Kind.SELLER_PROACTIVE;
	}

	/**
	 * Proactive actions start a conversation (or write without an awaiting buyer
	 * message); they are subject to the 30-day window and to buyer opt-out.
	 * @return whether this is one of the seller's proactive actions
	 */
	public boolean isProactiveAction() {
		return this.kind == Kind.SELLER_PROACTIVE;
	}

	public boolean isSystem() {
		return this.kind == Kind.SYSTEM;
	}

	/**
	 * The actions a seller may pick for a proactive message, in display order.
	 * @return the proactive actions
	 */
	public static List<Action> proactiveActions() {
		return Arrays.stream(values()).filter(Action::isProactiveAction).toList();
	}

}
