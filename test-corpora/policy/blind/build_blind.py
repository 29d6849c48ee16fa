#!/usr/bin/env python3
"""Blind evaluation set for the content rules (SPEC §4.3-4.4).

Written by an author who never saw the rules engine, its lexicons, heldout/ or generator/, and who
did not run the rules. Every message is written whole by hand (greeting, context, the point,
closing), per language, not assembled from shared phrase banks. NEVER use it for tuning: nobody may
read its misses to change a lexicon, pattern, weight or threshold (see README.md next to this file).

Writes blind/<lang>.jsonl (ids <lang>-20001 upward) and refreshes the counts in blind/README.md.
Run:  python3 test-corpora/policy/blind/build_blind.py   (deterministic: fixed seeds)
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = os.path.dirname(HERE)
LANGS = ("en", "es", "de", "fr")
FIRST_ID = 20001

RULES = {"CONTACT_EMAIL", "CONTACT_PHONE", "OFF_PLATFORM", "PROMOTIONAL", "REVIEW_MANIPULATION",
         "THANK_YOU_ONLY", "REDUNDANT_CONFIRMATION", "OPT_OUT_LINK", "LINK_EXTERNAL", "LINK_INSECURE",
         "EMOJI", "REMOTE_IMAGE", "TRACKING_PIXEL"}
BUYER_RULES = {"CONTACT_EMAIL", "CONTACT_PHONE", "OFF_PLATFORM", "LINK_EXTERNAL", "LINK_INSECURE",
               "REMOTE_IMAGE", "TRACKING_PIXEL"}
PROACTIVE_ONLY = {"THANK_YOU_ONLY", "REDUNDANT_CONFIRMATION"}
PROACTIVE_ACTIONS = {"CONFIRM_CUSTOMIZATION_DETAILS", "CONFIRM_DELIVERY_DETAILS", "ADDITIONAL_INFO_REQUIRED",
                     "SHIPPING_ADDRESS_ISSUE", "PAYMENT_ISSUE", "UNEXPECTED_PROBLEM", "SEND_INVOICE", "WARRANTY",
                     "LEGAL_DISCLOSURE", "RETURN_REFUND_INFO", "PRODUCT_INSTRUCTIONS"}
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u231A-\u231B\u23E9-\u23FA]")


def digits(text, zero):
    """Render the ASCII digits of text in another script (zero = code point of that script's 0)."""
    return "".join(chr(zero + ord(ch) - 48) if "0" <= ch <= "9" else ch for ch in text)


DEVANAGARI, ARABIC_INDIC, EXT_ARABIC_INDIC, FULLWIDTH = 0x0966, 0x0660, 0x06F0, 0xFF10


def c(where, expect, subject, paras, note, leak=None, html=None):
    """One case. where: "R" seller reply, "B" buyer, otherwise the proactive action.
    paras: greeting, context and point, closing (a "\\n" inside a paragraph becomes <br> in HTML).
    html: True forces HTML, False forces plain text, None lets the seeded draw decide."""
    return {"where": where, "expect": list(expect), "subject": subject, "paras": list(paras),
            "note": note, "leak": leak, "html": html}


CASES = {}

# ====================================================================================== English
D_EN = digits("07700 900 581", DEVANAGARI)
CASES["en"] = [
    # ---------------------------------------------------------------- honest
    c("R", [], "Re: Arrived!", [
        "Hi Priya,",
        "Oh, that's lovely to hear, and thanks for taking the time to let us know.",
        "You're welcome! If the lid ever starts to feel loose, slip the little silicone ring from the box under the rim and it'll sit snugly again.",
        "Warmly,\nJen at Fernhill Pottery"], "honest: you're welcome reply with a care tip"),
    c("B", [], "Blanket", [
        "Hello,",
        "The blanket came this morning and it's even softer than the photos suggest.",
        "Just wanted to say thanks, really chuffed with it.",
        "Maggie"], "honest: buyer thanks only"),
    c("B", [], "Bulk order of mugs?", [
        "Hi,",
        "We run a small café in Leeds and your speckled enamel mugs would suit the counter perfectly.",
        "If we took 24 of them, would you be able to knock something off the price? Happy to wait a couple of weeks for them.",
        "Cheers,\nOwen"], "honest: buyer asks for a discount"),
    c("B", [], "Third message - still nothing", [
        "To whom it may concern,",
        "This is the third time I've written about order 026-4418273-9915062 and I still have no idea where my parcel is.",
        "If I don't hear back by Friday I'll be leaving a one star review and opening a claim with the marketplace.",
        "D. Hargreaves"], "honest: buyer threatens a one-star review"),
    c("R", [], "Re: Has it shipped?", [
        "Hi Callum,",
        "Sorry, I should have told you sooner: it went out yesterday afternoon with DPD.",
        "The tracking number is 15501234567890 and their estimate is Wednesday between 10:15 and 11:15.",
        "Best,\nRob"], "honest: shipping update as a reply, DPD tracking number, time range"),
    c("R", [], "Re: Wardrobe delivery", [
        "Hello Mrs Okafor,",
        "Because the wardrobe comes in two boxes totalling 68 kg, it travels with a two-person crew rather than the usual courier.",
        "They'll phone you the evening before to agree a time, so keep your mobile handy; they won't leave it unless someone is home.",
        "Kind regards,\nBrackenwood Furniture"], "honest: crew will phone the buyer"),
    c("R", [], "Re: Can I collect it instead?", [
        "Hi Sam,",
        "No problem at all. When you change the delivery in the carrier's app you can pick any InPost locker or Evri ParcelShop near you.",
        "The parcel waits there for seven days, and you'll need the collection code they text you.",
        "Thanks,\nLeah"], "honest: pickup point, ParcelShop, collection code"),
    c("R", [], "Re: Handle split", [
        "Dear Mr Adeyemi,",
        "Thank you for the photos of the split handle. We've looked at them alongside the batch records and it's a fault in the glue line, nothing you did.",
        "A new handle assembly goes out to you free of charge on Monday; there's no need to send the old one back.",
        "Apologies again,\nTidewater Tools"], "honest: reviewed photos, free replacement part"),
    c("R", [], "Re: Refund amount", [
        "Hi Aisha,",
        "I've gone through the numbers on the return. You paid £36.00 after the £4.00 marketplace coupon, so that's the amount going back to your card, not the £40.00 list price.",
        "It usually shows within three to five working days.",
        "Best wishes,\nQuayside Tea Co."], "honest: coupon in refund maths"),
    c("R", [], "Re: Charged full price?", [
        "Hello Tom,",
        "You're right: the listing still showed 15% off when you checked out, but the order went through at the old price because of a glitch on our side.",
        "I've refunded the difference of £6.75 this morning, so you've paid exactly what the page said.",
        "Sorry for the muddle,\nNina"], "honest: price correction mentioning a discount"),
    c("WARRANTY", [], "Warranty for your coffee grinder", [
        "Dear customer,",
        "Your Hallam G2 grinder is covered by a three-year manufacturer's warranty from the date of delivery, 3 February 2026.",
        "If it develops a fault, the manufacturer's service centre can be reached on 0808 157 0192, weekdays 9am–5pm; please have the serial number from the base (it starts with HG2-) ready.",
        "Regards,\nKiln and Copper"], "honest: manufacturer hotline in WARRANTY (allowed)"),
    c("PRODUCT_INSTRUCTIONS", [], "Breaking in your boots", [
        "Hi Daniel,",
        "A few tips for your new walking boots before the first long hike.",
        "They're rated B on the stiffness scale (A is flexible, D takes crampons), so give them two or three short walks to soften around the ankle. The membrane is rated to 20,000 mm, and the leather wants re-proofing every couple of months.",
        "Happy trails,\nBrackenwood Leather"], "honest: rating scales in instructions"),
    c("R", [], "Re: Claim for missing lid", [
        "Hi Gareth,",
        "Thanks for opening the claim about the missing lid.",
        "We're reviewing it with the warehouse now. They weigh every box before dispatch, so we'll know by tomorrow whether it left without it, and either way you won't be out of pocket.",
        "Speak soon,\nMel"], "honest: reviewing a claim"),
    c("SEND_INVOICE", [], "Invoice for PO 4700213589", [
        "Dear accounts team,",
        "Please find attached the invoice for your purchase order PO 4700213589, as requested by Ms Patel.",
        "It shows net £412.50, VAT at 20% £82.50 and a total of £495.00; our VAT number is GB 123 4567 89. Payment terms are 30 days.",
        "Kind regards,\nLanthorn Office Supplies"], "honest: PO number, VAT number, amounts"),
    c("CONFIRM_DELIVERY_DETAILS", [], "Booking your sofa delivery", [
        "Hello Mr Brennan,",
        "Your corner sofa is ready to leave our warehouse, and as it takes two people to carry in, we book a slot with you first.",
        "We can do Tuesday 14 April between 8am and 12pm, or Thursday 16 April between 1pm and 5pm. Which suits you better, and is there a lift or just stairs up to the flat?",
        "Thanks,\nRowan Home delivery team"], "honest: delivery appointment, dates and time ranges"),
    c("CONFIRM_CUSTOMIZATION_DETAILS", [], "Your map print: two quick questions", [
        "Hi Freya,",
        "We're about to start printing your personalised map.",
        "You picked the 'New England Coast' design in 40 × 50 cm. Should the caption read exactly 'Cape Cod, Summer 2019', and would you like the compass rose bottom left or bottom right?",
        "Many thanks,\nInkwell Maps"], "honest: product name with New, customization"),
    c("R", [], "Re: Size of the hamper", [
        "Hi there,",
        "Good question. The Gift Box Classic measures 32 × 24 × 9 cm and weighs about 1.1 kg with everything inside.",
        "At 9 cm deep it won't go through a letterbox, so if nobody's in the courier will try a neighbour first.",
        "Cheers,\nBramble Hampers"], "honest: product name with Gift, dimensions"),
    c("R", [], "Re: Which bulb?", [
        "Dear Ms Liu,",
        "The serial number you sent, TL-2291-0087-44, belongs to the 2024 run of the Harbour desk lamp, which takes a 5 W GU10 bulb rather than the older 7 W one.",
        "So the bulb you've already got in the drawer will do nicely.",
        "Best regards,\nTidewater Lamps"], "honest: serial and model numbers"),
    c("B", [], "Order 113-5520197-3380416", [
        "Hello,",
        "My order 113-5520197-3380416 was due yesterday, but the tracking has said 'in transit' since the 9th.",
        "Could you check with the courier? I'm away from the 20th, so if it can't make it by then I'd rather cancel.",
        "Thanks,\nRuth Bell"], "honest: buyer order number, dates"),
    c("B", [], "Buzzer broken", [
        "Hi,",
        "I'm on the 3rd floor and the buzzer is broken at the moment.",
        "The delivery driver is welcome to ring my mobile when he's outside (the number is on the order) and I'll come down.",
        "Ta,\nKev"], "honest: buyer says the driver can call, no number"),
    c("UNEXPECTED_PROBLEM", [], "Delay on your bookshelf", [
        "Dear Hannah,",
        "I'm sorry to say the oak for your bookshelf came in with a crack running through one board, and we won't use it.",
        "The next timber delivery arrives on 22 May, which puts your shelf on course to ship around 29 May. If that's too late, just reply and I'll cancel and refund you in full straight away.",
        "Apologies,\nTom, Hollow Oak Joinery"], "honest: proactive delay with new date"),
    c("RETURN_REFUND_INFO", [], "Your return label", [
        "Hi Jordan,",
        "Your return for the size 10 trainers has been approved under RMA 88213.",
        "The prepaid Royal Mail label is attached; drop the parcel at any Post Office or parcel postbox within 14 days. Once it's scanned in at our end, the refund of £59.99 goes back to your original card.",
        "Thanks,\nStride Footwear"], "honest: RMA number, return label"),
    c("R", [], "Re: F07 on the display", [
        "Hi Lewis,",
        "Error code F07 means the water tank isn't seated properly; the pump itself is fine.",
        "Lift the tank out, check the little rubber valve underneath isn't folded over, then push it down firmly until it clicks.",
        "Cheers,\nMarcus"], "honest: error code"),
    c("R", [], "Re: Corner Shop set", [
        "Hello Beth,",
        "The Corner Shop play set has 28 pieces, including a till that really dings and a tiny paper bag for each item.",
        "The smallest pieces, the pretend coins, are 3 cm across, which is why it's labelled for ages 3 and up.",
        "Kind regards,\nWren and Willow"], "honest: product name with Shop"),
    c("B", [], "Second mug chipped", [
        "Hi Jen,",
        "I already left five stars for the mug I bought in March, so this isn't a complaint!",
        "But the second one arrived with a chip on the rim. Do you want a photo, or shall I just send it back?",
        "Thanks,\nLucy"], "honest: buyer mentions own rating"),
    c("R", [], "Re: Zip pull", [
        "Hi Martin,",
        "Thanks for the feedback on the zip; you're not the first to say the pull is fiddly with gloves on.",
        "We've passed it on to the factory and the next batch gets a longer puller. For yours, I'm posting a clip-on puller today at no cost.",
        "Best,\nSol"], "honest: acknowledges buyer feedback, no ask"),
    c("LEGAL_DISCLOSURE", [], "Our trading details", [
        "Dear customer,",
        "As required for distance sales, here are our trading details: Lanthorn Office Supplies Ltd, Unit 7, Mill Lane Industrial Estate, Stockport SK4 9ZZ, registered in England and Wales no. 09876543, VAT GB 987 6543 21.",
        "You have 14 days from delivery to cancel without giving a reason; the model cancellation form is attached.",
        "Regards,\nLanthorn Office Supplies Ltd"], "honest: legal disclosure, company and VAT numbers"),
    c("ADDITIONAL_INFO_REQUIRED", [], "One measurement missing", [
        "Hi Ollie,",
        "We can't cut your roller blind until we have one more measurement.",
        "You gave the width as 142 cm but not the drop. Could you measure from the top of the frame to the sill and send it over in centimetres? Until then the order is on hold.",
        "Thanks,\nSunbay Blinds"], "honest: additional info, dimensions"),
    c("SHIPPING_ADDRESS_ISSUE", [], "Parcel returned: flat number missing", [
        "Dear Mr Khan,",
        "The courier has brought your parcel back to us marked 'address incomplete'.",
        "The order shows 14 Ashgrove Court, Bradford BD7 but no flat number or full postcode. Could you send both through? We'll reship at our cost the same day.",
        "Kind regards,\nPenny, Quayside Tea Co."], "honest: address issue"),
    c("PAYMENT_ISSUE", [], "Payment for your order", [
        "Hello Ms Ward,",
        "The marketplace has told us the payment for order 204-7781920-5563017 couldn't be taken, so the order is on hold for now.",
        "Nothing has been charged. If you update the card under Your Orders within 48 hours, it will go ahead as normal.",
        "Regards,\nRowan Home"], "honest: payment issue, order id"),
    c("R", [], "Re: Planter size", [
        "Hi Ellie,",
        "The large planter is 38 cm tall with a 35 cm opening, and the inner pot holds about 18 litres of compost.",
        "There's a drainage hole with a cork bung, so it's fine indoors as well.",
        "Cheers,\nFernhill Pottery"], "honest: dimensions and volume"),
    c("B", [], "Locket - it's a present", [
        "Hello,",
        "I'm ordering the silver locket as a present for my mum's 70th.",
        "Could you leave the price off the packing slip and pop a gift note in? Just 'Happy birthday Mum, love Claire'. Thank you!",
        "Claire"], "honest: buyer gift note"),
    c("R", [], "Re: Charger for my speaker", [
        "Hi Raj,",
        "Yes, the new USB-C charger works with your speaker as long as it's the V2; it says so on the label next to the serial number.",
        "If yours turns out to be the original V1, you'd need the 12 V adapter instead. Send me a photo of the label if you're not sure and I'll check.",
        "Best,\nAmp Audio"], "honest: new model, compatibility"),
    c("B", [], "Missed delivery", [
        "Hi,",
        "A card came through the door saying they tried to deliver 1Z 999 AA1 01 2345 6784 while I was at work.",
        "It says the parcel is now at the Access Point in the newsagent. Do I need anything apart from ID to collect it? I havent recieved a code.",
        "Thanks,\nDev"], "honest: buyer UPS tracking number with spaces, typos"),
    c("R", [], "Re: Sage throw", [
        "Hi Nadia,",
        "Sorry, the sage green throw sold out over the weekend and the weaver's next batch is due on 3 March.",
        "Your order stays open and nothing is charged until it ships; I'll update you here if that date moves.",
        "Best wishes,\nLoomcraft Textiles"], "honest: out of stock reply, stays on platform"),
    # ---------------------------------------------------------------- review manipulation
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Looking after your kettle", [
        "Hi Priya,",
        "Descale the kettle once a month with half water, half white vinegar, then boil it twice with clean water before making tea.",
        "And once you've had a few brews, we'd love it if you could pop a review up on the product page; it really helps a small business like ours get noticed.",
        "Warmly,\nJen"], "review: review ask inside instructions"),
    c("R", ["REVIEW_MANIPULATION"], "Re: Replacement strap", [
        "Hi Callum,",
        "Glad the replacement strap fits!",
        "If you've got a sec, could you tap the fifth star for us when the marketplace asks how we did? Means loads to us.",
        "Rob"], "review: five stars, informal"),
    c("R", ["REVIEW_MANIPULATION"], "Re: Handle split", [
        "Dear Mr Adeyemi,",
        "The courier shows your new handle assembly as delivered this morning.",
        "Now that it's all sorted, would you be willing to go back to your earlier review and bring it in line with how things turned out?",
        "Kind regards,\nTidewater Tools"], "review: revise earlier review"),
    c("R", ["REVIEW_MANIPULATION"], "Re: Late delivery", [
        "Hello Ms Ward,",
        "I've looked into the late delivery and I do understand your frustration.",
        "Here's what I can offer: take the one-star rating off and I'll refund the full £49 straight away, and you keep the lamp.",
        "Regards,\nRowan Home"], "review: refund for removing a rating"),
    c("SEND_INVOICE", ["REVIEW_MANIPULATION"], "Your invoice", [
        "Hi Hannah,",
        "Your invoice for the bookshelf is attached.",
        "Leave us a positive write-up on the marketplace, send me a screenshot, and there's a £10 gift card in it for you.",
        "Tom"], "review: gift card for positive review"),
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "First use of your diffuser", [
        "Hello,",
        "Your diffuser needs about 40 minutes to warm up the first time; fill it to the line and not above.",
        "Loving it? Then head to your order and share the love publicly. Anything less than delighted? Please come to us before you post anything, so we can put it right.",
        "The Stillwater team"], "review: gating"),
    c("R", ["REVIEW_MANIPULATION"], "Re: Claim for missing lid", [
        "Hi Gareth,",
        "The missing lid is on its way, tracked, and should reach you Thursday.",
        "In the meantime I'd really appreciate it if you held off on any negative feedback; one bad mark hits our seller rating hard.",
        "Mel"], "review: hold off negative feedback"),
    # ---------------------------------------------------------------- promotional
    c("R", ["PROMOTIONAL"], "Re: Refund amount", [
        "Hi Aisha,",
        "Your refund went through this morning.",
        "Next time you fancy some tea, pop SPRINGLEAF in the promo box and you'll get 20% knocked off the whole basket.",
        "Penny"], "promo: code"),
    c("UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Your map is running late", [
        "Dear Freya,",
        "Quick heads-up that your map will ship two days late because our printer needs a new head.",
        "While you wait, why not browse our just-launched Coastal Collection: twelve fresh designs, and the first 50 orders get a free frame upgrade.",
        "Inkwell Maps"], "promo: new collection inside a delay note"),
    c("R", ["PROMOTIONAL"], "Re: Warranty on the speaker", [
        "Hi Raj,",
        "The speaker's standard warranty is one year.",
        "For just £14.99 you can add our Total Care plan for three years of accidental damage cover. Shall I set that up for you?",
        "Best,\nAmp Audio"], "promo: protection plan upsell"),
    c("R", ["PROMOTIONAL"], "Re: Frost", [
        "Hi Ellie,",
        "Happy to confirm the planter is frost-proof down to minus 10.",
        "Lots of customers pair it with our matching saucer and the little brass mister; grab all three this week and save 25%.",
        "Cheers,\nFernhill"], "promo: bundle"),
    c("SEND_INVOICE", ["PROMOTIONAL"], "Invoice for your desk lamp", [
        "Hello Ms Liu,",
        "Attached is the invoice for your desk lamp.",
        "Heads up: our mid-season sale kicks off on Friday, with up to 40% off floor lamps and shades. Worth a look if you're kitting out the rest of the room!",
        "Tidewater Lamps"], "promo: sale announcement"),
    c("R", ["PROMOTIONAL"], "Re: Exchange", [
        "Hey Jordan,",
        "Your trainers have been swapped for the size 10 as requested.",
        "By the way, if a mate signs up with your referral link, you both get £5 off and a free pair of running socks.",
        "Stride Footwear"], "promo: referral with free gift"),
    # ---------------------------------------------------------------- off-platform
    c("R", ["OFF_PLATFORM"], "Re: Pulled thread", [
        "Hi Maggie,",
        "I'd like to see the pulled thread you mentioned before deciding what to do.",
        "Easiest thing is to WhatsApp me the photos; search for Loomcraft Textiles on there and you'll find us.",
        "Sian"], "off: WhatsApp, no number"),
    c("PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Assembly guide for your bunk bed", [
        "Dear customer,",
        "Attached you'll find the full assembly guide for the bunk bed.",
        "For video walkthroughs and spare parts, it's best to come straight to our own site and order there rather than through this marketplace; it's quicker and a bit cheaper.",
        "Hollow Oak Joinery"], "off: own site instead of marketplace"),
    c("R", ["OFF_PLATFORM"], "Re: Corner Shop set", [
        "Hi Beth,",
        "The Corner Shop set has sold out here, I'm afraid.",
        "We've still got a couple on Etsy though; look for WrenAndWillowToys, or DM us on Insta and we'll hold one for you.",
        "Wren and Willow"], "off: Etsy and Instagram"),
    c("R", ["OFF_PLATFORM"], "Re: Wardrobe door", [
        "Hello Mrs Okafor,",
        "I think this would be quicker to sort out face to face.",
        "Can we do a FaceTime this evening so you can show me the wardrobe door? Just let me know what time suits.",
        "Kind regards,\nBrackenwood Furniture"], "off: FaceTime call"),
    c("B", ["OFF_PLATFORM"], "Photos of the damage", [
        "Hi,",
        "I don't really use the app's messages, they get lost among all the notifications.",
        "Is there a Telegram or Signal I can reach you on instead? Much easier for me to send the photos that way.",
        "Kev"], "off: buyer asks for Telegram or Signal"),
    c("B", ["OFF_PLATFORM"], "60 mugs for staff gifts", [
        "Hello,",
        "We'd like 60 of the speckled mugs for staff presents this Christmas.",
        "Could we sort this directly with you, invoice and bank transfer, and skip the marketplace fees for both of us?",
        "Owen"], "off: buyer proposes buying directly"),
    # ---------------------------------------------------------------- thanks only
    c("CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "A little note from the studio", [
        "Dear Claire,",
        "Your order put a smile on all three of us in the studio this morning. Thank you so much for supporting independent makers.",
        "Warmest wishes,\nSilverbirch Jewellery"], "thanks only"),
    c("UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Thank you", [
        "Hi Ruth,",
        "Thanks ever so much for your custom. People like you are the reason we keep doing what we do.",
        "Best,\nQuayside Tea Co."], "thanks only"),
    c("RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "From all of us at Rowan Home", [
        "Dear Mr Brennan,",
        "On behalf of everyone at Rowan Home, thank you for trusting us with your new sofa. We're very grateful.",
        "Kind regards,\nRowan Home"], "thanks only"),
    # ---------------------------------------------------------------- redundant confirmation
    c("SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Order dispatched", [
        "Hi Daniel,",
        "This is just to let you know your order 305-1182734-6604918 was dispatched today and is on its way to you.",
        "Best,\nBrackenwood Leather"], "confirmation: dispatched"),
    c("CONFIRM_DELIVERY_DETAILS", ["REDUNDANT_CONFIRMATION"], "Order received", [
        "Hello Ollie,",
        "We're pleased to confirm that your order for the roller blind has been received and is now being processed.",
        "Regards,\nSunbay Blinds"], "confirmation: order received"),
    c("UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Delivered", [
        "Hi Lucy,",
        "Good news: according to the courier, your parcel was delivered at 14:32 today and signed for by L. Pryce.",
        "Thanks,\nFernhill Pottery"], "confirmation: delivered"),
    # ---------------------------------------------------------------- phones
    c("R", ["CONTACT_PHONE", "OFF_PLATFORM"], "Re: F07 again", [
        "Hi Lewis,",
        "If the F07 error comes back after you've reseated the tank, it's probably easier to talk it through.",
        "Ring the workshop on 0117/496/0813 any weekday after 10 and ask for Marcus.",
        "Cheers,\nMarcus"], "phone: ring us, slashes"),
    c("PRODUCT_INSTRUCTIONS", ["CONTACT_PHONE"], "Setting up your grinder", [
        "Dear customer,",
        "To pair the grinder with the app, hold the power button for five seconds until the ring flashes blue.",
        "If it still won't pair, Hallam's setup helpline is 0808.157.0462 (lines open 8 till 8).",
        "Regards,\nKiln and Copper"], "phone: manufacturer line outside WARRANTY, dots"),
    c("B", ["CONTACT_PHONE"], "Can't find the house", [
        "Hi,",
        "The driver couldn't find us yesterday; we're the cottage behind the chapel, not on the main road.",
        "My number, in case he needs it: oh seven seven double oh, nine hundred, four two six.",
        "Jo"], "phone: buyer number words with 'oh' and 'double'",
        ["oh seven seven double oh, nine hundred, four two six", "oh seven seven double oh", "four two six"]),
    c("B", ["CONTACT_PHONE"], "Delivery tomorrow", [
        "Hello,",
        "Sorry, my phone keyboard is still set to Hindi so the numbers come out like this: " + D_EN + ".",
        "Please text that when the parcel is out for delivery, I work nights.",
        "Arjun"], "phone: buyer Devanagari digits",
        [D_EN, digits("07700", DEVANAGARI), digits("581", DEVANAGARI)]),
    # ---------------------------------------------------------------- emails
    c("B", ["CONTACT_EMAIL"], "VAT invoice for work", [
        "Hello,",
        "I need a proper VAT invoice with my employer's name, Hartwell Surveys, on it.",
        "Could you send it to ruth dot bell at hartwellsurveys dot co dot uk? The marketplace one won't do for them.",
        "Ruth"], "email: buyer at/dot words",
        ["ruth dot bell at hartwellsurveys dot co dot uk", "ruth dot bell"]),
    c("B", ["CONTACT_EMAIL"], "Photos", [
        "Hi again,",
        "The photos are too big to attach here, the app keeps failing.",
        "Can you give me an address, or just write to me: kev.marsh [at] lanternmail [.] com",
        "Kev"], "email: buyer [at] and [.]",
        ["kev.marsh [at] lanternmail [.] com", "kev.marsh"]),
    c("R", ["CONTACT_EMAIL", "OFF_PLATFORM"], "Re: Wholesale", [
        "Hi Sam,",
        "Yes, we do supply cafés.",
        "For the wholesale price list, drop us a line directly at trade (at) quaysidetea (dot) co (dot) uk and I'll send it over.",
        "Penny"], "email: email us directly, (at) (dot)"),
    c("ADDITIONAL_INFO_REQUIRED", ["CONTACT_EMAIL"], "Engraving text needed", [
        "Hi Claire,",
        "Before we engrave the locket we need the exact wording, up to 20 characters, and whether you'd like script or capitals.",
        "Mel Hughes\nSilverbirch Jewellery\nmel.hughes @ silverbirch-jewellery.co.uk"], "email: in signature, spaces around @"),
    # ---------------------------------------------------------------- links, emoji, images
    c("R", ["LINK_INSECURE"], "Re: Wiring", [
        "Hi Raj,",
        "The V2 uses the same plug layout as the V1, only the fuse is different.",
        "The wiring diagram is here: http://docs.amp-audio-uk.com/v2/wiring.pdf",
        "Best,\nAmp Audio"], "insecure http link"),
    c("SEND_INVOICE", ["OPT_OUT_LINK"], "Your invoice", [
        "Hi Nadia,",
        "Your invoice for the wool throw is attached, with VAT shown separately.",
        "Prefer not to hear from us? Reply STOP and we won't message you again.",
        "Loomcraft Textiles"], "opt-out: reply STOP"),
    c("R", ["EMOJI"], "Re: When will it come?", [
        "Hi Ellie,",
        "Your parcel is on the van today 📦 so it should be with you by teatime!",
        "Cheers,\nFernhill Pottery"], "emoji from seller"),
    c("PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "Fitting the shelf brackets", [
        "Hi Hannah,",
        "Here's where the brackets go on the wall; keep them 60 cm apart and use the brown plugs for plasterboard.",
        '<img src="https://media.hollowoakjoinery.co.uk/guides/shelf-brackets.jpg" alt="bracket positions" width="600">',
        "Tom, Hollow Oak Joinery"], "remote image", html=True),
    c("UNEXPECTED_PROBLEM", ["TRACKING_PIXEL"], "Short delay on your blind", [
        "Hi Ollie,",
        "The fabric for your blind arrived a day late, so it now ships on Thursday instead of Wednesday.",
        'Sorry about that.<img src="https://t.mailpulse-metrics.com/o/7f3a9c.gif" width="1" height="1" alt="" style="border:0">',
        "Sunbay Blinds"], "1x1 tracking pixel", html=True),
]

# ====================================================================================== Spanish
A_ES = digits("654-321-098", ARABIC_INDIC)
CASES["es"] = [
    # ---------------------------------------------------------------- honest
    c("R", [], "RE: Ha llegado el jarrón", [
        "Hola, Ainhoa:",
        "¡Qué alegría leerte! Nos quedamos muy tranquilas sabiendo que el jarrón llegó entero, con lo fino que es el cuello.",
        "No hay de qué. Para limpiarlo basta un paño húmedo; mejor que no vaya al lavavajillas, así el esmalte no pierde brillo.",
        "Un abrazo,\nRocío, Alfarería El Cántaro"], "honesto: de nada, consejo de limpieza"),
    c("B", [], "Mate", [
        "Hola,",
        "Llegó hoy el mate con la bombilla y está buenísimo, tal cual las fotos.",
        "Nada, solo quería agradecerte. ¡Sos un genio!",
        "Martín"], "honesto: comprador solo agradece (voseo)"),
    c("B", [], "Velas para una boda", [
        "Buenas tardes,",
        "Estamos organizando la boda de mi hermana y nos encantaron sus velas de soya.",
        "Si les pedimos 80 piezas, ¿nos podrían hacer algún descuento? No hay prisa, es para finales de octubre.",
        "Saludos,\nValeria Rangel"], "honesto: comprador pide descuento (MX)"),
    c("B", [], "Pedido sin noticias", [
        "Buenos días:",
        "Llevo diez días esperando el pedido 402-8812937-1104528 y nadie me contesta.",
        "Como mañana no tenga una respuesta, pienso dejarles una valoración de una estrella y reclamar a la plataforma. Ya está bien.",
        "Jorge Ferrández"], "honesto: comprador amenaza con una estrella"),
    c("R", [], "RE: ¿Ya salió el poncho?", [
        "Hola, Camila:",
        "Disculpa la demora en responder. El paquete salió ayer en la tarde por Chilexpress; el número de seguimiento es 998877665544.",
        "Según el seguimiento debería llegarte el jueves a Ñuñoa, y si no estás lo dejan en conserjería.",
        "Saludos,\nTelares del Sur"], "honesto: envío como respuesta, número de seguimiento (CL)"),
    c("R", [], "RE: Entrega del aparador", [
        "Buenas tardes, Sr. Ferrández:",
        "Como el aparador va en un palé de 85 kg, lo entrega una agencia de transporte con dos operarios y no el repartidor de siempre.",
        "La agencia le llamará por teléfono el día anterior para acordar la franja horaria; si no le localizan, lo vuelven a intentar al día siguiente.",
        "Atentamente,\nMuebles Roble Viejo"], "honesto: la agencia llamará"),
    c("R", [], "RE: ¿Puedo recogerlo yo?", [
        "Hola, Iñaki:",
        "Sin problema. Desde el aviso que te mandó la agencia puedes cambiar la entrega a un punto de recogida o a un Citypaq de Correos.",
        "El paquete te espera allí quince días, y para sacarlo necesitas el código que te llega por SMS.",
        "Un saludo,\nLeire"], "honesto: punto de recogida, código por SMS"),
    c("R", [], "RE: Bisagra rota", [
        "Estimada Sra. Ortega:",
        "Hemos revisado con detalle las fotos de la bisagra partida y, efectivamente, es un defecto de fabricación.",
        "Le enviamos sin coste una bisagra nueva con sus tornillos; no hace falta que nos devuelva la rota.",
        "Reciba un cordial saludo,\nMuebles Roble Viejo"], "honesto: fotos revisadas, pieza gratis"),
    c("R", [], "RE: Importe del reembolso", [
        "Hola, Nerea:",
        "Te explico la cuenta: pagaste 27,60 € porque al comprar se aplicó un cupón de la plataforma de 3 €, así que te devolvemos esos 27,60 € y no los 30,60 € de la ficha.",
        "Lo verás en la tarjeta en tres a cinco días hábiles.",
        "Un saludo,\nVelas La Candela"], "honesto: cupón en el cálculo del reembolso"),
    c("R", [], "RE: Me cobraron de más", [
        "Hola, Sr. Treviño:",
        "Tiene toda la razón: la ficha seguía mostrando el 10 % de descuento cuando hizo su compra y el sistema no se lo aplicó.",
        "Ya le reembolsamos la diferencia, $84.50, a su tarjeta. Una disculpa por la confusión.",
        "Atentamente,\nCafé La Ceiba"], "honesto: corrección de precio con descuento (MX)"),
    c("WARRANTY", [], "Garantía de su cafetera", [
        "Estimado cliente:",
        "Su cafetera Brenta M3 tiene tres años de garantía del fabricante desde la fecha de entrega, el 12 de febrero de 2026.",
        "Si presenta alguna avería, el servicio técnico oficial de Brenta atiende en el 900 100 472, de lunes a viernes de 9:00 a 18:00; tenga a mano el número de serie de la base (empieza por BM3).",
        "Atentamente,\nElectro Hogar Levante"], "honesto: teléfono del fabricante en WARRANTY"),
    c("PRODUCT_INSTRUCTIONS", [], "Tu colchón Siesta", [
        "Hola, Daniela:",
        "Te dejamos unos consejos para los primeros días con tu colchón.",
        "Tiene una firmeza de 4 sobre 5 en nuestra escala, así que al principio lo notarás duro; en dos o tres semanas se adapta. Dale la vuelta cada tres meses y ventila la habitación a diario.",
        "Que descanses,\nDescanso Mediterráneo"], "honesto: escala de firmeza"),
    c("R", [], "RE: Reclamación por retraso", [
        "Hola, Jorge:",
        "Hemos recibido su reclamación por el retraso y la estamos revisando con la agencia de transportes.",
        "En cuanto nos confirmen dónde está el paquete (calculamos que mañana a mediodía), le escribo por aquí con una solución: reenvío o reembolso, lo que usted prefiera.",
        "Un saludo,\nTelares del Sur"], "honesto: revisando una reclamación"),
    c("SEND_INVOICE", [], "Factura 2026/0418", [
        "Estimados señores:",
        "Adjuntamos la factura n.º 2026/0418 correspondiente a su orden de compra OC-4510023387.",
        "Base imponible: 1.250,00 €; IVA (21 %): 262,50 €; total: 1.512,50 €. Nuestro NIF es B-12345678 y el vencimiento, a 30 días.",
        "Atentamente,\nSuministros Ofitec S.L."], "honesto: orden de compra, NIF, importes"),
    c("CONFIRM_DELIVERY_DETAILS", [], "Entrega de su sofá cama", [
        "Buenos días, doña Carmen:",
        "Su sofá cama ya está listo para salir del almacén y, por su tamaño, tenemos que acordar con usted el día de entrega.",
        "Tenemos hueco el martes 21 de abril por la mañana (9:00–13:00) o el jueves 23 por la tarde (15:00–19:00). ¿Cuál le viene mejor? ¿Hay ascensor en el edificio?",
        "Gracias,\nMuebles Roble Viejo"], "honesto: cita de entrega"),
    c("CONFIRM_CUSTOMIZATION_DETAILS", [], "Bordado de tu toalla", [
        "Hola, Sofía:",
        "Antes de bordar tu toalla necesitamos confirmar un detalle.",
        "Elegiste el modelo Nueva Aurora en color arena. ¿El nombre va «Sofía», con tilde y en cursiva, o lo prefieres en mayúsculas? Sin tu respuesta no podemos empezar.",
        "Un saludo,\nBordados Malva"], "honesto: modelo con 'Nueva', personalización"),
    c("R", [], "RE: Medidas de la caja", [
        "Hola:",
        "La Caja Regalo Gourmet mide 35 × 25 × 10 cm y pesa unos 2,3 kg con todo el contenido.",
        "Va con una tarjeta en blanco; si escribe la dedicatoria en las notas del pedido, la ponemos nosotros a mano.",
        "Saludos,\nDespensa del Valle"], "honesto: producto con 'Regalo', medidas"),
    c("R", [], "RE: Tienda para tres", [
        "Hola, Pablo:",
        "Sí, la tienda de campaña Sierra 3 es para tres personas: el interior mide 210 × 180 cm y la altura máxima es de 120 cm.",
        "Pesa 3,4 kg con las varillas y se monta en unos diez minutos.",
        "Un saludo,\nMontaña Alta"], "honesto: 'tienda' de campaña"),
    c("B", [], "Pedido 171-3390482-7725014", [
        "Hola:",
        "Hice el pedido 171-3390482-7725014 el día 3 y en el seguimiento pone «en reparto» desde el jueves.",
        "¿Podéis mirar con la agencia haber qué pasa? Me voy de viaje el 18 y si no llega antes prefiero cancelarlo.",
        "Gracias,\nNoelia"], "honesto: comprador número de pedido, fechas, errata"),
    c("B", [], "Entrega en fraccionamiento", [
        "Buenas,",
        "Vivo en un fraccionamiento cerrado y el guardia no deja pasar a nadie sin avisar.",
        "El repartidor puede marcarme al celular que está en el pedido cuando llegue a la caseta, y bajo por el paquete.",
        "Gracias,\nValeria"], "honesto: el repartidor puede llamar, sin número (MX)"),
    c("UNEXPECTED_PROBLEM", [], "Retraso en su café", [
        "Hola, Sr. Treviño:",
        "Lamentamos avisarle de que el tueste de su café de Chiapas se retrasa: la tostadora está en reparación.",
        "Calculamos enviarlo el 6 de mayo en lugar del 29 de abril. Si prefiere cancelar, dígamelo y le devolvemos el importe completo de inmediato.",
        "Atentamente,\nCafé La Ceiba"], "honesto: retraso proactivo"),
    c("RETURN_REFUND_INFO", [], "Tu devolución", [
        "Hola, Alba:",
        "Tu devolución de las zapatillas (talla 39) está aceptada con el número RMA 55310.",
        "Te adjuntamos la etiqueta prepagada de Correos; tienes 14 días para dejar el paquete en cualquier oficina. Cuando llegue a nuestro almacén te reembolsamos 64,95 €.",
        "Saludos,\nPaso Firme Calzado"], "honesto: RMA, etiqueta de devolución"),
    c("R", [], "RE: E-21 en el horno", [
        "Hola, Óscar:",
        "El código E-21 en la pantalla del horno indica que la sonda de temperatura está desconectada, no que el horno esté averiado.",
        "Desenchúfalo, quita la tapa trasera (cuatro tornillos) y comprueba que el conector blanco esté bien encajado.",
        "Un saludo,\nElectro Hogar Levante"], "honesto: código de error"),
    c("B", [], "Talla de la chaqueta", [
        "Hola,",
        "He leído en las opiniones que la chaqueta viene pequeña.",
        "Mido 1,70 y suelo usar una M; ¿me recomendáis pedir la L?",
        "Gracias,\nMaite"], "honesto: comprador lee opiniones"),
    c("R", [], "RE: Tirador de la mochila", [
        "Hola, Camila:",
        "Gracias por tus comentarios sobre el cierre de la mochila: tienes razón, el tirador es demasiado pequeño para usarlo con guantes.",
        "Lo trasladamos al taller y el próximo lote llevará uno más largo. Para la tuya te mandamos hoy, sin costo, un tirador de cordón.",
        "Saludos,\nTelares del Sur"], "honesto: agradece comentarios, sin pedir nada"),
    c("LEGAL_DISCLOSURE", [], "Información legal", [
        "Estimado cliente:",
        "En cumplimiento de la normativa de venta a distancia, le facilitamos nuestros datos: Suministros Ofitec S.L., calle de la Imprenta 14, 46015 Valencia, NIF B-12345678, inscrita en el Registro Mercantil de Valencia, tomo 9876, folio 54.",
        "Dispone de 14 días naturales desde la entrega para desistir sin dar explicaciones; adjuntamos el formulario de desistimiento.",
        "Atentamente,\nSuministros Ofitec S.L."], "honesto: datos legales"),
    c("ADDITIONAL_INFO_REQUIRED", [], "Falta el texto del grabado", [
        "Hola, Héctor:",
        "Para grabar tu anillo nos falta un dato.",
        "Necesitamos el texto exacto (máximo 15 caracteres) y saber si lo quieres en el interior o en el exterior. Hasta entonces el pedido queda en espera.",
        "Un saludo,\nPlata y Luna"], "honesto: falta información"),
    c("SHIPPING_ADDRESS_ISSUE", [], "Dirección incompleta", [
        "Buenos días, Noelia:",
        "La agencia nos ha devuelto tu paquete porque en la dirección faltan el piso y la puerta.",
        "En el pedido figura «calle Alfarería 8, 41010 Sevilla». ¿Nos confirmas piso y letra? Lo reenviamos hoy mismo sin coste para ti.",
        "Saludos,\nAlfarería El Cántaro"], "honesto: problema de dirección"),
    c("PAYMENT_ISSUE", [], "Pago de su pedido", [
        "Estimada Sra. Ortega:",
        "La plataforma nos informa de que no se pudo completar el cobro del pedido 250-6619203-4481775.",
        "No se le ha cargado nada. Si actualiza el método de pago en «Mis pedidos» en las próximas 48 horas, el pedido seguirá su curso con normalidad.",
        "Atentamente,\nMuebles Roble Viejo"], "honesto: problema de pago"),
    c("R", [], "RE: Maceta grande", [
        "Hola, Inés:",
        "La maceta grande mide 40 cm de alto y 36 cm de boca; caben unos 20 litros de sustrato.",
        "Lleva agujero de drenaje con tapón de corcho, así que también sirve para interior.",
        "Un saludo,\nAlfarería El Cántaro"], "honesto: medidas"),
    c("B", [], "Es para regalar", [
        "Hola,",
        "Voy a pedir la pulsera de plata para el cumpleaños de mi madre.",
        "¿Podéis no poner el precio en el albarán y meter una notita que diga «Felicidades, mamá»? Mil gracias.",
        "Irene"], "honesto: comprador pide nota de regalo"),
    c("R", [], "RE: Batería para el taladro", [
        "Hola, Héctor:",
        "La batería de repuesto ref. BT-2250 es compatible si el modelo de la placa empieza por TD18; el tuyo, TD18-0412, entra.",
        "La tensión es la misma, 18 V, y la capacidad sube de 2 a 2,5 Ah, así que te durará algo más.",
        "Saludos,\nFerretería Hermanos Pujol"], "honesto: referencias y números de modelo"),
    c("R", [], "RE: Junta de la olla", [
        "Hola, Lola:",
        "Sí, el Nuevo Modelo 2026 de la olla exprés usa la misma junta de 22 cm que el anterior.",
        "La que ya tienes en casa te sirve; solo cambia el color de la válvula, que ahora es gris.",
        "Un saludo,\nMenaje Cantábrico"], "honesto: 'Nuevo Modelo'"),
    c("B", [], "Aviso de SEUR", [
        "Buenas:",
        "Me han dejado un aviso de SEUR: pasaron a las 11:40 con el envío 0123 4567 8901 2 y no había nadie.",
        "Dice que lo llevan a una tienda Pickup de mi barrio. ¿Tengo que llevar algo además del DNI?",
        "Gracias,\nPaco"], "honesto: comprador número de envío con espacios, tienda Pickup"),
    c("R", [], "RE: Mate de calabaza", [
        "Hola, Martín:",
        "Uh, justo se agotó el mate de calabaza con virola de alpaca que preguntaste.",
        "Nos entra otra tanda el 10 de marzo; no te cobramos nada hasta que lo despachemos, y te aviso por acá si cambia la fecha.",
        "Abrazo,\nMatería Pampa"], "honesto: sin stock, sigue en la plataforma (AR)"),
    # ---------------------------------------------------------------- review manipulation
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Primeras noches con tu colchón", [
        "Hola, Daniela:",
        "Para que el colchón recupere su forma, déjalo desenrollado 48 horas antes de usarlo.",
        "Y cuando lleves unas noches durmiendo en él, ¿nos harías el favor de contar tu experiencia en la ficha del producto? A un taller pequeño como el nuestro le da muchísima vida.",
        "Que descanses,\nDescanso Mediterráneo"], "reseña: contar la experiencia en la ficha"),
    c("R", ["REVIEW_MANIPULATION"], "RE: Velas para la boda", [
        "Hola, Valeria:",
        "¡Qué bueno que las velas llegaron a tiempo para la boda!",
        "Cuando la plataforma te pregunte qué tal nos fue, ¿nos regalas las cinco estrellitas? Nos ayudan un montón.",
        "Saludos,\nVelas La Candela"], "reseña: cinco estrellitas (MX)"),
    c("R", ["REVIEW_MANIPULATION"], "RE: Bisagra rota", [
        "Estimada Sra. Ortega:",
        "Según la agencia, la bisagra nueva se le entregó ayer.",
        "Ahora que todo está resuelto, ¿sería tan amable de revisar la opinión que publicó la semana pasada y corregirla?",
        "Reciba un cordial saludo,\nMuebles Roble Viejo"], "reseña: corregir la opinión"),
    c("R", ["REVIEW_MANIPULATION"], "RE: Pedido sin noticias", [
        "Buenos días, Jorge:",
        "Siento mucho lo del retraso; entiendo perfectamente su enfado.",
        "Le propongo una cosa: si quita la valoración negativa, le devuelvo el pedido entero y se queda con la manta.",
        "Un saludo,\nTelares del Sur"], "reseña: reembolso a cambio de quitar valoración"),
    c("SEND_INVOICE", ["REVIEW_MANIPULATION"], "Tu factura", [
        "Hola, Nerea:",
        "Te adjuntamos la factura de tus velas.",
        "Si nos dejas una reseña positiva y nos mandas la captura, te regalamos una vela aromática de 200 g en tu próximo pedido.",
        "Velas La Candela"], "reseña: regalo por reseña positiva"),
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Cuidados de tu olivo", [
        "Hola:",
        "Riega el olivo cada diez días en primavera y déjalo al sol al menos seis horas; en invierno, casi nada de agua.",
        "Si estás contento con él, cuéntalo en la plataforma; si algo no te convence, escríbenos antes de valorar y lo arreglamos.",
        "Vivero La Encina"], "reseña: filtrado de opiniones"),
    c("R", ["REVIEW_MANIPULATION"], "RE: Falta la bombilla", [
        "Hola, Martín:",
        "Ya te despachamos la bombilla que faltaba, te llega el jueves.",
        "Te pido por favor que mientras tanto no nos califiques mal, que una mala nota nos hunde la reputación.",
        "Abrazo,\nMatería Pampa"], "reseña: no calificar mal (AR)"),
    # ---------------------------------------------------------------- promotional
    c("R", ["PROMOTIONAL"], "RE: Reembolso", [
        "Hola, Alba:",
        "El reembolso ya está hecho.",
        "Y oye, si te apetece renovar zapatillas, con PASOFIRME20 tienes un 20 % menos en cualquier par hasta el domingo.",
        "Saludos,\nPaso Firme Calzado"], "promo: código"),
    c("UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Tu toalla se retrasa", [
        "Hola, Sofía:",
        "Tu toalla se retrasa dos días porque la bordadora está en revisión.",
        "Mientras esperas, echa un ojo a nuestra línea de albornoces infantiles: acaban de llegar y los primeros 30 pedidos llevan el bordado gratis.",
        "Bordados Malva"], "promo: novedades dentro de un aviso de retraso"),
    c("R", ["PROMOTIONAL"], "RE: Garantía de la batería", [
        "Hola, Héctor:",
        "La batería tiene un año de garantía.",
        "Si quieres dormir tranquilo, nuestro Plan Protección Plus cubre golpes y caídas durante tres años y cuesta menos que una batería nueva. ¿Te lo añado al pedido?",
        "Ferretería Hermanos Pujol"], "promo: plan de protección"),
    c("R", ["PROMOTIONAL"], "RE: ¿Aguanta heladas?", [
        "Hola, Inés:",
        "Sí, la maceta aguanta heladas de hasta −10 °C.",
        "Mucha gente se lleva también el plato a juego y el pulverizador de latón: si te llevas los tres esta semana, el tercero te sale a mitad de precio.",
        "Alfarería El Cántaro"], "promo: lote, tercero a mitad de precio"),
    c("SEND_INVOICE", ["PROMOTIONAL"], "Factura de su café", [
        "Estimado Sr. Treviño:",
        "Le adjuntamos la factura de su café.",
        "Le recordamos que este Buen Fin tendremos hasta 35 % de descuento en todos nuestros cafés de especialidad. ¡No se lo pierda!",
        "Café La Ceiba"], "promo: rebajas Buen Fin (MX)"),
    c("R", ["PROMOTIONAL"], "RE: Poncho", [
        "Hola, Camila:",
        "Tu poncho ya va en camino.",
        "Te cuento que también tejemos mantas y cojines en el mismo telar; date una vuelta por nuestros otros productos, seguro que algo te gusta.",
        "Telares del Sur"], "promo: otros productos (CL)"),
    # ---------------------------------------------------------------- off-platform
    c("R", ["OFF_PLATFORM"], "RE: Suela gastada", [
        "Hola, Iñaki:",
        "Me gustaría ver bien el desgaste que comentas en la suela.",
        "Lo más cómodo es que me mandes las fotos por wasap; búscanos como Paso Firme Calzado y te contesto enseguida.",
        "Leire"], "fuera: wasap"),
    c("PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Manual de la litera", [
        "Estimado cliente:",
        "Le adjuntamos el manual de montaje de la litera.",
        "Para vídeos de montaje y recambios, mejor entre directamente en nuestra propia web y compre allí: le sale más barato que en la plataforma.",
        "Muebles Roble Viejo"], "fuera: web propia"),
    c("R", ["OFF_PLATFORM"], "RE: Bombilla de alpaca", [
        "Hola, Martín:",
        "Acá ya no nos quedan bombillas de alpaca.",
        "Pero en Mercado Libre tenemos stock: buscá «Matería Pampa» y comprala por ahí, que además el envío sale más barato.",
        "Abrazo"], "fuera: Mercado Libre (AR)"),
    c("R", ["OFF_PLATFORM"], "RE: Fotos de la pulsera", [
        "Hola, Irene:",
        "Claro, entiendo que quieras verla puesta antes de decidirte.",
        "Tenemos un montón de fotos en nuestro Instagram, @platayluna.joyas; escríbenos por privado y te mandamos vídeos.",
        "Plata y Luna"], "fuera: cuenta de Instagram"),
    c("B", ["OFF_PLATFORM"], "Mejor por otro lado", [
        "Hola,",
        "Es que estos mensajes de la app no los miro casi nunca y se me pasan.",
        "¿Tenéis Telegram o algo así para hablar por ahí? Me resultaría mucho más fácil.",
        "Maite"], "fuera: comprador pide Telegram"),
    c("B", ["OFF_PLATFORM"], "Pedido para la empresa", [
        "Buenas tardes,",
        "Nos interesa comprar 200 bolsas de café para los regalos de fin de año de la empresa.",
        "¿Se lo podemos comprar directo, con factura y transferencia, sin pasar por la plataforma? Así nos ahorramos la comisión los dos.",
        "Lic. Ramón Aguilar"], "fuera: comprador propone compra directa (MX)"),
    # ---------------------------------------------------------------- thanks only
    c("CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Gracias de corazón", [
        "Querida Irene:",
        "Tu pedido nos ha alegrado la mañana a las tres que formamos el taller. ¡Muchísimas gracias por apoyar a las pequeñas joyeras!",
        "Con cariño,\nPlata y Luna"], "solo gracias"),
    c("UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Gracias por su preferencia", [
        "Estimado Sr. Treviño:",
        "Solo queremos agradecerle de todo corazón su preferencia. Clientes como usted hacen que valga la pena lo que hacemos.",
        "Atentamente,\nCafé La Ceiba"], "solo gracias (MX)"),
    c("RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Gracias por confiar en nosotros", [
        "Buenos días, doña Carmen:",
        "En nombre de todo el equipo de Muebles Roble Viejo, gracias por confiar en nosotros para su nuevo sofá. Se lo agradecemos de veras.",
        "Un cordial saludo,\nMuebles Roble Viejo"], "solo gracias"),
    # ---------------------------------------------------------------- redundant confirmation
    c("SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Pedido enviado", [
        "Hola, Óscar:",
        "Te escribimos para avisarte de que tu pedido 308-4471920-1182736 ha salido hoy de nuestro almacén y ya va de camino.",
        "Saludos,\nElectro Hogar Levante"], "confirmación: enviado"),
    c("CONFIRM_DELIVERY_DETAILS", ["REDUNDANT_CONFIRMATION"], "Pedido recibido", [
        "Estimada Sra. Ortega:",
        "Le confirmamos que hemos recibido correctamente su pedido y que ya se encuentra en preparación.",
        "Atentamente,\nMuebles Roble Viejo"], "confirmación: pedido recibido"),
    c("UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Entregado", [
        "Hola, Camila:",
        "¡Buenas noticias! Según Chilexpress, tu paquete fue entregado hoy a las 13:05 y lo recibió la conserjería.",
        "Saludos,\nTelares del Sur"], "confirmación: entregado (CL)"),
    # ---------------------------------------------------------------- phones
    c("R", ["CONTACT_PHONE", "OFF_PLATFORM"], "RE: Vuelve el E-21", [
        "Hola, Óscar:",
        "Si el código E-21 vuelve a salir después de revisar el conector, lo mejor es que lo hablemos.",
        "Llámanos al taller al 963.145.208 entre semana a partir de las 10 y pregunta por Vicente.",
        "Un saludo,\nElectro Hogar Levante"], "teléfono: llámanos, puntos"),
    c("PRODUCT_INSTRUCTIONS", ["CONTACT_PHONE"], "Cómo emparejar su cafetera", [
        "Estimado cliente:",
        "Para emparejar la cafetera con la aplicación, mantenga pulsado el botón de vapor cinco segundos hasta que parpadee en azul.",
        "Si aun así no se empareja, el soporte de Brenta está en el nueve cero cero, uno cero cero, cuatro siete tres.",
        "Atentamente,\nElectro Hogar Levante"], "teléfono: en palabras, fuera de WARRANTY"),
    c("B", ["CONTACT_PHONE"], "Para el repartidor", [
        "Buenas,",
        "Ayer el repartidor se fue sin entregar porque no encontró la caseta.",
        "Mi cel es 55 cuarenta y uno 23 noventa y ocho 07, que me marque cuando esté afuera.",
        "Valeria"], "teléfono: comprador cifras y palabras (MX)",
        ["55 cuarenta y uno 23 noventa y ocho 07", "55 cuarenta y uno", "noventa y ocho 07"]),
    c("B", ["CONTACT_PHONE"], "Mi número", [
        "Hola:",
        "Perdón, el teclado del móvil lo tengo en árabe y los números salen así: " + A_ES + ".",
        "Es para que el repartidor me avise antes de venir, por las tardes trabajo.",
        "Karim"], "teléfono: comprador cifras arábigo-índicas con guiones",
        [A_ES, digits("654", ARABIC_INDIC), digits("098", ARABIC_INDIC)]),
    # ---------------------------------------------------------------- emails
    c("B", ["CONTACT_EMAIL"], "Factura a nombre de la empresa", [
        "Hola:",
        "Necesito la factura a nombre de mi empresa, Vidal Interiorismo, con el CIF que os pongo en las notas.",
        "Mandádmela a noeliavidal88 ARROBA correoazul.es, que la de la plataforma no me la aceptan.",
        "Noelia"], "correo: comprador ARROBA en mayúsculas",
        ["noeliavidal88 ARROBA correoazul.es", "noeliavidal88"]),
    c("B", ["CONTACT_EMAIL"], "Fotos del mate", [
        "Hola,",
        "Las fotos pesan mucho y la app no me deja adjuntarlas.",
        "Mandame a martin_sosa (a) fibramail . com . ar y te las reenvío desde ahí.",
        "Martín"], "correo: comprador (a) y puntos espaciados (AR)",
        ["martin_sosa (a) fibramail . com . ar", "martin_sosa"]),
    c("R", ["CONTACT_EMAIL", "OFF_PLATFORM"], "RE: Precio mayorista", [
        "Hola, Ramón:",
        "Sí, trabajamos con empresas.",
        "Para la lista de precios mayoristas, escríbenos directamente a mayoristas [arroba] cafelaceiba [punto] mx y te la mando.",
        "Café La Ceiba"], "correo: escríbenos directamente, [arroba] [punto]"),
    c("ADDITIONAL_INFO_REQUIRED", ["CONTACT_EMAIL"], "Tamaño del anillo", [
        "Hola, Héctor:",
        "Para el anillo grabado nos falta la talla; puedes medirla con un hilo alrededor del dedo y decirnos los milímetros.",
        "Rocío\nPlata y Luna\nr o c i o @ p l a t a y l u n a . e s"], "correo: en la firma, letras espaciadas"),
    # ---------------------------------------------------------------- links, emoji, images
    c("PRODUCT_INSTRUCTIONS", ["LINK_INSECURE"], "Esquema de montaje", [
        "Estimado cliente:",
        "La litera se monta en unos 40 minutos entre dos personas.",
        "El esquema de montaje está en http://manuales.robleviejo-muebles.es/litera-l2.pdf",
        "Muebles Roble Viejo"], "enlace http"),
    c("SEND_INVOICE", ["OPT_OUT_LINK"], "Factura de tus zapatillas", [
        "Hola, Alba:",
        "Te adjuntamos la factura de las zapatillas con el IVA desglosado.",
        "Si no quieres recibir más mensajes nuestros, responde BAJA y te quitamos de la lista.",
        "Paso Firme Calzado"], "baja: responde BAJA"),
    c("R", ["EMOJI"], "RE: ¿Cuándo llega?", [
        "Hola, Nerea:",
        "¡Tu pedido ya va en la furgoneta! 🚚✨ Mañana antes de las 14:00 lo tienes en casa.",
        "Velas La Candela"], "emoji del vendedor"),
    c("R", ["REMOTE_IMAGE"], "RE: Color de la maceta", [
        "Hola, Inés:",
        "Así queda la terracota natural con luz de tarde:",
        '<img src="https://fotos.alfareria-elcantaro.es/macetas/grande-terracota.jpg" alt="maceta grande" width="480">',
        "Un saludo,\nRocío"], "imagen remota", html=True),
    c("SEND_INVOICE", ["TRACKING_PIXEL"], "Factura de su sofá", [
        "Buenos días, doña Carmen:",
        'Le adjuntamos la factura del sofá cama.<img src="https://px.enviosmetric.es/abierto?id=A83F2" width="1" height="1" style="display:block">',
        "Un cordial saludo,\nMuebles Roble Viejo"], "píxel de seguimiento 1x1", html=True),
]

# ====================================================================================== German
P_DE = digits("0176 4455 0239", EXT_ARABIC_INDIC)
CASES["de"] = [
    # ---------------------------------------------------------------- honest
    c("R", [], "AW: Schale angekommen", [
        "Hallo Frau Becker,",
        "das freut uns sehr, dass die Schale heil angekommen ist – bei dem dünnen Rand bangen wir jedes Mal ein bisschen mit.",
        "Gern geschehen! Bitte nicht in die Spülmaschine, dann bleibt die Glasur lange schön.",
        "Herzliche Grüße aus der Töpferei am Deich\nWiebke"], "ehrlich: gern geschehen"),
    c("B", [], "Lampe", [
        "Hi,",
        "die Lampe ist heute gekommen und sieht im Flur noch besser aus als auf den Fotos.",
        "Wollte einfach mal danke sagen!",
        "Lena"], "ehrlich: Käuferin bedankt sich nur"),
    c("B", [], "Holzbecher für die Kita", [
        "Guten Tag,",
        "wir sind eine kleine Kita in Freiburg und würden gern 30 der Holzbecher für die Kinder bestellen.",
        "Wäre bei der Menge ein Mengenrabatt drin? Zeitlich sind wir flexibel.",
        "Viele Grüße\nSabine Roth"], "ehrlich: Käuferin fragt nach Rabatt"),
    c("B", [], "Bestellung 028-5519302-7714839", [
        "Sehr geehrte Damen und Herren,",
        "ich warte jetzt seit zwölf Tagen auf die Bestellung 028-5519302-7714839 und bekomme keine Antwort.",
        "Wenn ich bis Freitag nichts höre, gibt es eine Ein-Stern-Bewertung und ich wende mich an den Marktplatz. so geht das nicht.",
        "M. Yilmaz"], "ehrlich: Käufer droht mit einem Stern"),
    c("R", [], "AW: Schon verschickt?", [
        "Hallo Herr Yilmaz,",
        "entschuldigen Sie die späte Rückmeldung. Das Paket ist gestern Nachmittag mit DHL rausgegangen, die Sendungsnummer lautet 00340434161234567890.",
        "Laut Sendungsverfolgung wird es morgen zwischen 10 und 13 Uhr zugestellt.",
        "Mit freundlichen Grüßen\nDrechslerei Hofmann"], "ehrlich: Versandinfo als Antwort, DHL-Nummer"),
    c("R", [], "AW: Lieferung des Schranks", [
        "Grüß Gott Herr Gruber,",
        "da der Schrank auf einer Palette mit 92 kg reist, liefert ihn eine Spedition mit zwei Leuten und nicht die Post.",
        "Die Spedition ruft Sie einen Tag vorher an und vereinbart ein Zeitfenster; halten Sie bitte Ihr Telefon bereit.",
        "Freundliche Grüße\nMöbelwerkstatt Steiner"], "ehrlich: Spedition ruft an (AT)"),
    c("R", [], "AW: Abholen statt Zustellung?", [
        "Hallo Kevin,",
        "klar, das geht. In der DHL-App kannst du die Sendung an eine Packstation oder eine Postfiliale umleiten.",
        "Dort liegt sie sieben Tage; zum Abholen brauchst du den Abholcode aus der App.",
        "Gruß\nTimo"], "ehrlich: Packstation, Abholcode"),
    c("R", [], "AW: Griff gerissen", [
        "Sehr geehrte Frau Brunner,",
        "wir haben uns Ihre Fotos vom gerissenen Messergriff genau angeschaut: Das ist ein Materialfehler, kein Bedienfehler.",
        "Wir schicken Ihnen kostenlos einen neuen Griff samt Nieten; das alte Messer müssen Sie nicht zurücksenden.",
        "Freundliche Grüsse\nMesserschmiede Wyss"], "ehrlich: Fotos geprüft, kostenloses Ersatzteil (CH)"),
    c("R", [], "AW: Erstattungsbetrag", [
        "Hallo Frau Lange,",
        "kurz zur Rechnung: Sie haben 41,30 € bezahlt, weil beim Kauf ein Gutschein des Marktplatzes über 5 € abgezogen wurde. Erstattet werden deshalb diese 41,30 € und nicht der Listenpreis von 46,30 €.",
        "Die Gutschrift sehen Sie in drei bis fünf Werktagen auf Ihrer Karte.",
        "Viele Grüße\nKerzenzieherei Licht"], "ehrlich: Gutschein in der Erstattungsrechnung"),
    c("R", [], "AW: Falscher Preis berechnet", [
        "Guten Tag Herr Brandt,",
        "Sie haben recht: Berechnet wurde versehentlich der alte Preis von 59 € statt der seit 1. März gültigen 52 €, in denen der Vereinsrabatt schon enthalten ist.",
        "Die 7 € Unterschied haben wir Ihnen heute zurückerstattet. Entschuldigen Sie das Durcheinander.",
        "Viele Grüße\nBergsport Hahn"], "ehrlich: Preiskorrektur mit Rabatt"),
    c("WARRANTY", [], "Garantie für Ihren Akku-Staubsauger", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "für Ihren Akku-Staubsauger Vento S4 gilt die Herstellergarantie von drei Jahren ab Lieferung, also bis zum 9. März 2029.",
        "Im Garantiefall erreichen Sie den Kundendienst von Vento unter 030 23125 417 (Mo–Fr 8–18 Uhr); halten Sie bitte die Seriennummer vom Typenschild (beginnt mit VS4-) bereit.",
        "Mit freundlichen Grüßen\nElektro Kessler"], "ehrlich: Herstellerhotline in WARRANTY"),
    c("PRODUCT_INSTRUCTIONS", [], "Pflege Ihrer Regenjacke", [
        "Hallo Herr Brandt,",
        "ein paar Hinweise zu Ihrer neuen Regenjacke.",
        "Die Wassersäule liegt bei 20.000 mm, der RET-Wert bei 6 – das ist die beste Stufe auf der Skala für Atmungsaktivität. Waschen Sie sie bei 30 °C ohne Weichspüler und imprägnieren Sie nach etwa zehn Wäschen nach.",
        "Viel Spaß draußen!\nBergsport Hahn"], "ehrlich: Bewertungsskala in der Anleitung"),
    c("R", [], "AW: Reklamation fehlender Docht", [
        "Hallo Frau Lange,",
        "danke für Ihre Reklamation wegen des fehlenden Dochts. Wir prüfen das gerade mit dem Lager: Jedes Paket wird vor dem Versand gewogen, deshalb wissen wir spätestens morgen, ob es unvollständig rausging.",
        "So oder so bekommen Sie Ersatz, darauf können Sie sich verlassen.",
        "Viele Grüße\nKerzenzieherei Licht"], "ehrlich: Reklamation wird geprüft"),
    c("SEND_INVOICE", [], "Rechnung RE-2026-0733", [
        "Sehr geehrte Damen und Herren,",
        "anbei erhalten Sie die Rechnung Nr. RE-2026-0733 zu Ihrer Bestellung mit der Bestellnummer 4500918273.",
        "Nettobetrag 980,00 €, zzgl. 19 % USt. 186,20 €, Gesamtbetrag 1.166,20 €. USt-IdNr. DE 123 456 789, zahlbar innerhalb von 14 Tagen ohne Abzug.",
        "Mit freundlichen Grüßen\nBürobedarf Nordlicht GmbH"], "ehrlich: Bestellnummer, USt-IdNr."),
    c("CONFIRM_DELIVERY_DETAILS", [], "Liefertermin für Ihr Ecksofa", [
        "Guten Tag Frau Wagner,",
        "Ihr Ecksofa ist versandbereit; weil es zu zweit getragen werden muss, stimmen wir den Liefertermin vorher mit Ihnen ab.",
        "Möglich wären Dienstag, 12. Mai, 8–12 Uhr, oder Donnerstag, 14. Mai, 13–17 Uhr. Welcher Termin passt Ihnen, und in welchem Stockwerk wohnen Sie?",
        "Freundliche Grüße\nPolsterei Adler"], "ehrlich: Liefertermin"),
    c("CONFIRM_CUSTOMIZATION_DETAILS", [], "Gravur Ihres Schneidebretts", [
        "Hallo Herr Aydın,",
        "bevor wir Ihr Schneidebrett gravieren, brauchen wir noch eine kurze Bestätigung.",
        "Sie haben die Schrift „Neue Haas“ gewählt. Soll der Text genau „Familie Aydın · seit 2011“ lauten, mit dem Punkt in der Mitte, und unten zentriert stehen?",
        "Viele Grüße\nDrechslerei Hofmann"], "ehrlich: Schriftname mit 'Neue'"),
    c("R", [], "AW: Maße der Geschenkbox", [
        "Hallo,",
        "die Geschenkbox „Kaffeepause“ misst 30 × 22 × 11 cm und wiegt gefüllt etwa 1,6 kg.",
        "Eine leere Grußkarte liegt bei; den Text können Sie beim Bestellen ins Feld „Geschenknachricht“ schreiben, dann legen wir sie beschriftet dazu.",
        "Liebe Grüße aus Graz\nKaffeerösterei Alpenbohne"], "ehrlich: Geschenkbox, Maße (AT)"),
    c("R", [], "AW: Welche Dichtung?", [
        "Guten Tag Herr Kaiser,",
        "die Modellnummer steht auf dem Typenschild unter dem Wassertank; bei Ihnen ist es KM-7710/B, also die Version mit Milchlanze.",
        "Dazu passt die Dichtung mit der Artikelnummer 771-040, die in Ihrer Bestellung schon drin ist.",
        "Freundliche Grüße\nElektro Kessler"], "ehrlich: Modell- und Artikelnummer"),
    c("B", [], "Bestellung 302-1187342-6650183", [
        "Grüß Gott,",
        "meine Bestellung 302-1187342-6650183 hätte am 14. Jänner kommen sollen, die Sendungsverfolgung zeigt seit Tagen nur „in Zustellung“.",
        "Könnten Sie bei der Post nachfragen? Ab 20. bin ich auf Urlaub, bis dahin bräuchte ich es.",
        "Danke\nAndrea Pichler"], "ehrlich: Käuferin Bestellnummer, Datum (AT)"),
    c("B", [], "Klingel kaputt", [
        "Grüezi,",
        "die Klingel bei uns im Haus ist defekt.",
        "Der Kurier darf mich gerne auf dem Natel anrufen, die Nummer steht in der Bestellung, dann komme ich runter.",
        "Merci und Gruss\nReto"], "ehrlich: Kurier darf anrufen, keine Nummer (CH)"),
    c("UNEXPECTED_PROBLEM", [], "Verzögerung bei Ihrem Sofa", [
        "Hallo Frau Wagner,",
        "leider müssen wir Ihnen mitteilen, dass der Bezugsstoff für Ihr Sofa beim Lieferanten verspätet ist.",
        "Der Stoff kommt nun am 18. Mai, Ihr Sofa wäre dann etwa am 26. Mai fertig. Wenn Ihnen das zu spät ist, stornieren wir sofort und erstatten den vollen Betrag.",
        "Freundliche Grüße\nPolsterei Adler"], "ehrlich: Verzögerung mit neuem Termin"),
    c("RETURN_REFUND_INFO", [], "Deine Rücksendung", [
        "Hallo Kevin,",
        "deine Rücksendung der Laufschuhe (Größe 44) ist unter der RMA-Nummer 40917 angenommen.",
        "Das vorfrankierte Hermes-Etikett hängt an; gib das Paket innerhalb von 14 Tagen in einem Hermes PaketShop ab. Sobald es bei uns eingescannt ist, erstatten wir dir 89,95 €.",
        "Sportliche Grüße\nLaufladen Spree"], "ehrlich: RMA-Nummer, PaketShop"),
    c("R", [], "AW: Fehler 047", [
        "Guten Tag Herr Schuster,",
        "Fehlercode 047 beim Mähroboter heißt, dass das Begrenzungskabel irgendwo unterbrochen ist.",
        "Gehen Sie die Strecke einmal ab, meistens hat ein Spaten oder ein Maulwurf das Kabel erwischt. Die beiliegenden Kabelverbinder reichen für die Reparatur.",
        "Freundliche Grüße\nGartentechnik Möller"], "ehrlich: Fehlercode"),
    c("R", [], "AW: Aufbau hakt", [
        "Hallo Lena,",
        "der Schritt, an dem es hakt, ist Punkt 4 der Anleitung: Die Querstrebe kommt mit der glatten Seite nach oben, sonst passen die Dübel nicht.",
        "Die Tasche, nach der du noch gefragt hattest, heißt übrigens „City Shopper“ und passt mit 42 × 32 cm auch für einen 15-Zoll-Laptop.",
        "Gruß\nTimo"], "ehrlich: Punkt 4 der Anleitung, Produktname mit Shopper"),
    c("B", [], "Kanne tropft?", [
        "Hallo,",
        "ich habe in den Bewertungen gelesen, dass die Teekanne beim Eingießen tropft.",
        "Ist das bei der aktuellen Version immer noch so, oder wurde die Tülle geändert?",
        "Danke und Gruß\nUte"], "ehrlich: Käuferin liest Bewertungen"),
    c("R", [], "AW: Duft zu stark", [
        "Hallo Frau Lange,",
        "danke für Ihr Feedback zum Duft: Die Sorte „Waldlichtung“ ist tatsächlich deutlich kräftiger als die anderen.",
        "Wir schreiben das jetzt in die Artikelbeschreibung. Wenn Sie mögen, tauschen wir Ihnen die Kerze kostenlos gegen „Leinen“ um.",
        "Viele Grüße\nKerzenzieherei Licht"], "ehrlich: Feedback bestätigt, keine Bitte"),
    c("LEGAL_DISCLOSURE", [], "Impressum und Widerrufsbelehrung", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "gemäß den Informationspflichten im Fernabsatz hier unser Impressum: Bürobedarf Nordlicht GmbH, Hafenstraße 21, 20457 Hamburg, Amtsgericht Hamburg HRB 123456, Geschäftsführerin Jana Petersen, Telefon 040 66969 210.",
        "Die Widerrufsbelehrung und das Muster-Widerrufsformular finden Sie im Anhang.",
        "Mit freundlichen Grüßen\nBürobedarf Nordlicht GmbH"], "ehrlich: Impressum mit Telefon in LEGAL_DISCLOSURE"),
    c("ADDITIONAL_INFO_REQUIRED", [], "Hausnummer für Ihr Türschild", [
        "Guten Tag Frau Schröder,",
        "für Ihr Türschild aus Schiefer fehlt uns noch eine Angabe.",
        "Im Auftrag steht nur „Familie Schröder“ – soll die Hausnummer mit drauf, und wenn ja, unter den Namen oder rechts daneben? Bis dahin ruht der Auftrag.",
        "Viele Grüße\nSteinmetz Kühn"], "ehrlich: fehlende Angabe"),
    c("SHIPPING_ADDRESS_ISSUE", [], "Paket zurückgekommen", [
        "Guten Tag Herr Kaiser,",
        "DHL hat Ihr Paket mit dem Vermerk „Empfänger unbekannt“ an uns zurückgeschickt.",
        "In der Bestellung steht „Lindenweg 7, 50667 Köln“, aber kein c/o. Welcher Name steht bei Ihnen am Briefkasten? Wir versenden dann sofort neu, auf unsere Kosten.",
        "Freundliche Grüße\nElektro Kessler"], "ehrlich: Adressproblem"),
    c("PAYMENT_ISSUE", [], "Zahlung Ihrer Bestellung", [
        "Sehr geehrte Frau Lange,",
        "der Marktplatz teilt uns mit, dass die Zahlung für die Bestellung 305-6620194-3381027 nicht eingezogen werden konnte.",
        "Es wurde nichts abgebucht. Wenn Sie die Zahlungsart innerhalb von 48 Stunden unter „Meine Bestellungen“ aktualisieren, geht die Bestellung ganz normal weiter.",
        "Viele Grüße\nKerzenzieherei Licht"], "ehrlich: Zahlungsproblem"),
    c("R", [], "AW: Couchtisch", [
        "Servus Herr Gruber,",
        "der Couchtisch ist 110 × 60 cm groß und 42 cm hoch, die Eichenplatte ist 3 cm stark.",
        "Er kommt zerlegt; Sie brauchen nur einen Inbusschlüssel, und der liegt bei.",
        "Freundliche Grüße\nMöbelwerkstatt Steiner"], "ehrlich: Maße (AT)"),
    c("B", [], "Armband als Geschenk", [
        "Hallo,",
        "ich bestelle das Armband als Geschenk für meine Schwester.",
        "Könnt ihr die Rechnung bitte nicht ins Paket legen und stattdessen ein kleines Kärtchen mit „Alles Gute zum 40.!“ beilegen? Vielen dank!",
        "Miriam"], "ehrlich: Geschenkkarte, Tippfehler"),
    c("B", [], "Lautstärke Wasserkocher", [
        "Guten Tag,",
        "der Vorgänger Ihres Wasserkochers hat bei Stiftung Warentest nur „befriedigend (3,0)“ bekommen, vor allem wegen der Lautstärke.",
        "Ist das neue Modell WK-20 leiser? Und ist der Deckel aus Edelstahl oder aus Kunststoff?",
        "Danke\nH. Schuster"], "ehrlich: Testnote, neues Modell"),
    c("B", [], "Benachrichtigungskarte", [
        "Hallo,",
        "ich hatte heute eine Karte im Briefkasten: Sendung 1Z 4F8 W27 68 1234 5678, Zustellversuch um 11:40.",
        "Das Paket liegt jetzt im UPS Access Point im Kiosk gegenüber. Reicht der Personalausweis zum Abholen?",
        "Gruß\nDennis"], "ehrlich: UPS-Sendungsnummer mit Leerzeichen"),
    c("R", [], "AW: Hausmischung Nr. 3", [
        "Servus Herr Huber,",
        "die „Hausmischung Nr. 3“ ist leider gerade aus, die nächste Röstung ist am 3. Februar.",
        "Ihre Bestellung bleibt reserviert und wird erst belastet, wenn wir versenden.",
        "Liebe Grüße aus Graz\nKaffeerösterei Alpenbohne"], "ehrlich: ausverkauft, Antwort (AT)"),
    # ---------------------------------------------------------------- review manipulation
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Damit die Jacke dicht bleibt", [
        "Hallo Herr Brandt,",
        "damit die Jacke lange dicht bleibt: nach dem Waschen kurz in den Trockner, das aktiviert die Imprägnierung wieder.",
        "Und wenn Sie ein paar Touren damit hinter sich haben, schreiben Sie doch ein paar Zeilen zu Ihren Erfahrungen unter den Artikel – für einen kleinen Laden wie uns ist das Gold wert.",
        "Bergsport Hahn"], "Bewertung: ein paar Zeilen unter den Artikel"),
    c("R", ["REVIEW_MANIPULATION"], "AW: Lampe", [
        "Hallo Lena,",
        "schön, dass die Lampe passt!",
        "Wenn dich der Marktplatz nach deiner Meinung fragt, wären fünf Sternchen für uns echt der Hammer.",
        "Timo"], "Bewertung: fünf Sternchen"),
    c("R", ["REVIEW_MANIPULATION"], "AW: Griff gerissen", [
        "Sehr geehrte Frau Brunner,",
        "laut Post ist der neue Griff gestern bei Ihnen angekommen.",
        "Da nun alles geklärt ist: Wären Sie so freundlich, Ihre Rezension von letzter Woche anzupassen, damit sie den jetzigen Stand wiedergibt?",
        "Freundliche Grüsse\nMesserschmiede Wyss"], "Bewertung: Rezension anpassen (CH)"),
    c("R", ["REVIEW_MANIPULATION"], "AW: Bestellung 028-5519302-7714839", [
        "Guten Tag Herr Yilmaz,",
        "die Verspätung tut mir ehrlich leid, ich verstehe Ihren Ärger.",
        "Mein Vorschlag: Sie nehmen die negative Bewertung raus, und ich erstatte Ihnen den kompletten Kaufpreis – die Ware dürfen Sie behalten.",
        "Drechslerei Hofmann"], "Bewertung: Erstattung gegen Löschung"),
    c("SEND_INVOICE", ["REVIEW_MANIPULATION"], "Ihre Rechnung", [
        "Hallo Frau Lange,",
        "anbei die Rechnung für Ihre Kerzen.",
        "Für eine positive Bewertung mit Screenshot schenken wir Ihnen beim nächsten Einkauf ein Teelicht-Set im Wert von 12 €.",
        "Kerzenzieherei Licht"], "Bewertung: Geschenk für positive Bewertung"),
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Erste Schritte mit dem Mähroboter", [
        "Guten Tag,",
        "laden Sie den Mähroboter vor dem ersten Einsatz bitte komplett, das dauert etwa drei Stunden.",
        "Alles bestens? Dann freuen wir uns über Ihr Lob auf der Produktseite. Irgendwas nicht in Ordnung? Dann melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung abgeben.",
        "Gartentechnik Möller"], "Bewertung: Gating"),
    c("R", ["REVIEW_MANIPULATION"], "AW: Deckel fehlt", [
        "Servus Herr Huber,",
        "der fehlende Deckel ist unterwegs und sollte am Donnerstag da sein.",
        "Bis dahin bitte ich Sie herzlich, von einer schlechten Bewertung abzusehen – so etwas trifft einen kleinen Betrieb wie unseren hart.",
        "Kaffeerösterei Alpenbohne"], "Bewertung: keine schlechte Bewertung (AT)"),
    # ---------------------------------------------------------------- promotional
    c("R", ["PROMOTIONAL"], "AW: Erstattung", [
        "Hallo Kevin,",
        "die Erstattung ist raus.",
        "Kleiner Tipp für den nächsten Schuhkauf: Mit LAUFFIEBER15 sparst du 15 % auf alle Laufschuhe, gültig bis Sonntag.",
        "Laufladen Spree"], "Werbung: Code"),
    c("UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Gravur verzögert sich", [
        "Guten Tag Herr Aydın,",
        "die Gravur Ihres Brettes verzögert sich um zwei Tage, weil der Laser gewartet wird.",
        "Schauen Sie sich in der Zwischenzeit gern unsere brandneue Serie aus Olivenholz an – frisch eingetroffen und nur in kleiner Stückzahl zu haben.",
        "Drechslerei Hofmann"], "Werbung: neue Serie in Verzögerungsnachricht"),
    c("R", ["PROMOTIONAL"], "AW: Garantie", [
        "Hallo Herr Schuster,",
        "der Wasserkocher hat die gesetzliche Gewährleistung von zwei Jahren.",
        "Für einmalig 9,90 € können Sie den Rundum-Schutz auf fünf Jahre verlängern, inklusive Sturzschäden. Soll ich das gleich für Sie buchen?",
        "Elektro Kessler"], "Werbung: Schutzbrief-Upsell"),
    c("R", ["PROMOTIONAL"], "AW: Frostfest?", [
        "Hallo Frau Becker,",
        "ja, die Schale ist frostfest.",
        "Kleiner Tipp: Zusammen mit dem passenden Untersetzer und dem Gießkännchen gibt es das Set diese Woche 20 % günstiger.",
        "Töpferei am Deich"], "Werbung: Set-Rabatt"),
    c("SEND_INVOICE", ["PROMOTIONAL"], "Ihre Rechnung", [
        "Grüezi Frau Brunner,",
        "im Anhang finden Sie die Rechnung für Ihr Messer.",
        "Übrigens: Ab Freitag startet unser Frühlings-Ausverkauf mit bis zu 30 % auf alle Küchenmesser – vorbeischauen lohnt sich!",
        "Messerschmiede Wyss"], "Werbung: Ausverkauf (CH)"),
    c("R", ["PROMOTIONAL"], "AW: Umtausch", [
        "Hallo Dennis,",
        "der Umtausch ist erledigt, die Handschuhe in Größe 9 sind unterwegs.",
        "Und falls du Freunde hast, die auch klettern: Für jede Empfehlung bekommst du eine Tube Chalk geschenkt.",
        "Kletterkiste Leipzig"], "Werbung: Empfehlungsprämie"),
    # ---------------------------------------------------------------- off-platform
    c("R", ["OFF_PLATFORM"], "AW: Kratzer auf der Tischplatte", [
        "Servus Herr Gruber,",
        "den Kratzer würde ich mir gern in voller Auflösung anschauen, hier werden die Bilder ja stark verkleinert.",
        "Lassen Sie uns das lieber über Signal klären, dort finden Sie uns unter Möbelwerkstatt Steiner.",
        "Freundliche Grüße"], "außerhalb: Signal"),
    c("PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Aufbauanleitung Hochbett", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "anbei die Aufbauanleitung für Ihr Hochbett.",
        "Ersatzteile und Zubehör bestellen Sie künftig am besten direkt bei uns im eigenen Onlineshop statt hier über den Marktplatz – dort sind sie auch günstiger.",
        "Ihr Team der Holzmanufaktur Ebner"], "außerhalb: eigener Onlineshop"),
    c("R", ["OFF_PLATFORM"], "AW: Roségold", [
        "Hallo Miriam,",
        "das Armband in Roségold ist hier leider ausverkauft.",
        "Auf Kleinanzeigen habe ich aber noch zwei Stück drin, such einfach nach „Goldschmiede Thalia“ und schreib mich dort an.",
        "Thalia"], "außerhalb: Kleinanzeigen"),
    c("R", ["OFF_PLATFORM"], "AW: Typenschild", [
        "Guten Tag Herr Kaiser,",
        "ich glaube, das lässt sich im Gespräch schneller lösen.",
        "Wollen wir heute Abend kurz per Skype sprechen? Dann halten Sie mir das Typenschild einfach in die Kamera.",
        "Elektro Kessler"], "außerhalb: Skype"),
    c("B", ["OFF_PLATFORM"], "Fotos", [
        "Hallo,",
        "die Nachrichten hier in der App gehen bei mir ständig unter.",
        "Habt ihr Telegram oder Threema? Dann schick ich euch die Fotos dort, ist für mich viel einfacher.",
        "Reto"], "außerhalb: Käufer fragt nach Telegram/Threema"),
    c("B", ["OFF_PLATFORM"], "120 Tassen mit Logo", [
        "Guten Tag,",
        "unser Sportverein möchte 120 Tassen mit Logo für das Jubiläum bestellen.",
        "Können wir das direkt mit Ihnen abwickeln, per Rechnung und Überweisung, ohne den Marktplatz? Dann spart jeder die Gebühren.",
        "Mit sportlichen Grüßen\nUwe Brand, TSV Eichenau"], "außerhalb: Käufer will direkt kaufen"),
    # ---------------------------------------------------------------- thanks only
    c("CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Danke!", [
        "Liebe Miriam,",
        "deine Bestellung hat uns in der Werkstatt richtig den Tag versüßt – tausend Dank, dass du kleine Goldschmieden unterstützt!",
        "Herzlich\nGoldschmiede Thalia"], "nur Dank"),
    c("UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Ein herzliches Dankeschön", [
        "Sehr geehrter Herr Huber,",
        "wir möchten uns einfach ganz herzlich für Ihren Einkauf bedanken. Kunden wie Sie sind der Grund, warum wir jeden Morgen gern die Röstmaschine anwerfen.",
        "Liebe Grüße aus Graz\nKaffeerösterei Alpenbohne"], "nur Dank (AT)"),
    c("RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Vielen Dank für Ihr Vertrauen", [
        "Guten Tag Frau Wagner,",
        "im Namen des ganzen Teams der Polsterei Adler: Vielen Dank für Ihr Vertrauen und Ihre Bestellung.",
        "Freundliche Grüße\nPolsterei Adler"], "nur Dank"),
    # ---------------------------------------------------------------- redundant confirmation
    c("SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Versandbestätigung", [
        "Hallo Herr Schuster,",
        "hiermit teilen wir Ihnen mit, dass Ihre Bestellung 304-2298173-5516042 heute versandt wurde und sich auf dem Weg zu Ihnen befindet.",
        "Freundliche Grüße\nElektro Kessler"], "Bestätigung: versandt"),
    c("CONFIRM_DELIVERY_DETAILS", ["REDUNDANT_CONFIRMATION"], "Eingangsbestätigung", [
        "Guten Tag Herr Aydın,",
        "wir bestätigen den Eingang Ihrer Bestellung; sie wird nun bearbeitet.",
        "Viele Grüße\nDrechslerei Hofmann"], "Bestätigung: Bestellung eingegangen"),
    c("UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Zugestellt", [
        "Grüezi Reto,",
        "gute Nachricht: Laut Post wurde Ihr Paket heute um 10:52 zugestellt.",
        "Freundliche Grüsse\nMesserschmiede Wyss"], "Bestätigung: zugestellt (CH)"),
    # ---------------------------------------------------------------- phones
    c("R", ["CONTACT_PHONE", "OFF_PLATFORM"], "AW: Fehler tritt wieder auf", [
        "Hallo Herr Kaiser,",
        "wenn der Fehler nach dem Neustart wieder auftaucht, rufen Sie uns am besten an.",
        "Werkstatt-Hotline: 0 89 / 9 99 98 – 1 36, werktags ab 9 Uhr.",
        "Elektro Kessler"], "Telefon: rufen Sie an, Schrägstrich und Gedankenstrich"),
    c("PRODUCT_INSTRUCTIONS", ["CONTACT_PHONE"], "Einrichtung Ihres Staubsaugers", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "vor dem ersten Einsatz den Akku bitte vollständig laden; die Ladeanzeige leuchtet dann dauerhaft grün.",
        "Bei Fragen zur Einrichtung erreichen Sie den Vento-Support unter null dreißig, zwei drei eins zwei fünf, vier neunzehn.",
        "Elektro Kessler"], "Telefon: Zahlwörter außerhalb von WARRANTY"),
    c("B", ["CONTACT_PHONE"], "Für den Fahrer", [
        "Hallo,",
        "der Fahrer hat gestern unser Hinterhaus nicht gefunden.",
        "Meine Handynummer für ihn: 0152 zwei acht acht 95 vier fünf 56, er soll kurz klingeln lassen.",
        "Dennis"], "Telefon: Käufer Ziffern und Zahlwörter gemischt",
        ["0152 zwei acht acht 95 vier fünf 56", "0152 zwei acht acht", "vier fünf 56"]),
    c("B", ["CONTACT_PHONE"], "Erreichbarkeit", [
        "Guten Tag,",
        "ich bin tagsüber unter " + P_DE + " erreichbar, mein Handy zeigt die Zahlen leider so an.",
        "Bitte kurz Bescheid geben, bevor die Spedition kommt.",
        "Farid"], "Telefon: Käufer persische Ziffern",
        [P_DE, digits("0176", EXT_ARABIC_INDIC), digits("0239", EXT_ARABIC_INDIC)]),
    # ---------------------------------------------------------------- emails
    c("B", ["CONTACT_EMAIL"], "Rechnung für die Firma", [
        "Hallo,",
        "ich brauche die Rechnung mit Firmenanschrift, die vom Marktplatz nimmt unsere Buchhaltung nicht.",
        "Schicken Sie sie bitte an h.schuster ät netzpost punkt de, danke.",
        "H. Schuster"], "E-Mail: Käufer 'ät' und 'punkt'",
        ["h.schuster ät netzpost punkt de", "h.schuster"]),
    c("B", ["CONTACT_EMAIL"], "Fotos zu groß", [
        "Hi,",
        "die Fotos sind zu groß für den Anhang hier.",
        "Schreibt mir doch an dennis.krause{at}kletterpost{dot}de, dann schick ich sie euch.",
        "Dennis"], "E-Mail: Käufer {at} und {dot}",
        ["dennis.krause{at}kletterpost{dot}de", "dennis.krause"]),
    c("R", ["CONTACT_EMAIL", "OFF_PLATFORM"], "AW: Großbestellung", [
        "Servus Herr Huber,",
        "ja, wir beliefern auch Büros und Cafés.",
        "Für Großbestellungen schreiben Sie uns bitte direkt an grosskunden (at) alpenbohne (punkt) at – dort bekommen Sie unsere Staffelpreise.",
        "Kaffeerösterei Alpenbohne"], "E-Mail: schreiben Sie direkt, (at) (punkt)"),
    c("ADDITIONAL_INFO_REQUIRED", ["CONTACT_EMAIL"], "Maße für die Gravur", [
        "Guten Tag Herr Aydın,",
        "für die Gravur brauchen wir noch die gewünschte Schriftgröße in Millimetern; üblich sind 8 bis 12 mm.",
        "Drechslerei Hofmann · Inh. Peter Hofmann\nwerkstatt＠drechslerei-hofmann．de"], "E-Mail: in der Signatur, Vollbreiten-＠ und ．"),
    # ---------------------------------------------------------------- links, emoji, images
    c("PRODUCT_INSTRUCTIONS", ["LINK_INSECURE"], "Ersatzteile für Ihren Vento S4", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "Filter und Bürstenwalze sollten Sie etwa alle sechs Monate tauschen.",
        "Die Explosionszeichnung finden Sie unter http://service.vento-geraete.de/s4/ersatzteile",
        "Elektro Kessler"], "http-Link"),
    c("SEND_INVOICE", ["OPT_OUT_LINK"], "Rechnung zu Ihrer Bestellung", [
        "Hallo Frau Becker,",
        "anbei die Rechnung für Ihre Schale.",
        "Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit ABMELDEN.",
        "Töpferei am Deich"], "Abmeldung: mit ABMELDEN antworten"),
    c("R", ["EMOJI"], "AW: Wann kommt es?", [
        "Hallo Herr Yilmaz,",
        "Ihr Paket ist schon unterwegs 🚀 – Donnerstag sollte es da sein!",
        "Drechslerei Hofmann"], "Emoji vom Verkäufer"),
    c("PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "Fleckentabelle für Ihr Sofa", [
        "Guten Tag Frau Wagner,",
        "so entfernen Sie die häufigsten Flecken aus dem Bezugsstoff:",
        '<img src="https://bilder.polsterei-adler.de/pflege/flecken.png" alt="Fleckentabelle">',
        "Freundliche Grüße\nPolsterei Adler"], "externes Bild", html=True),
    c("UNEXPECTED_PROBLEM", ["TRACKING_PIXEL"], "Kurze Verzögerung", [
        "Hallo Kevin,",
        "die Laufschuhe kommen einen Tag später aus dem Lager, jetzt am Mittwoch.",
        'Sorry dafür!<img src="https://oeffnung.mailmesser.de/p/9c2e.gif" width="1" height="1" alt="">',
        "Laufladen Spree"], "1x1-Zählpixel", html=True),
]

# ====================================================================================== French
F_FR = digits("06 39 98 71 04", FULLWIDTH)
CASES["fr"] = [
    # ---------------------------------------------------------------- honest
    c("R", [], "RE : Savon bien reçu", [
        "Bonjour Chloé,",
        "Ravie que le savon soit arrivé en bon état, et merci d'avoir pris le temps de nous écrire !",
        "Avec plaisir. Pensez à le laisser sécher sur un porte-savon entre deux utilisations, il durera bien plus longtemps.",
        "Belle journée,\nAnaïs – Savonnerie des Calanques"], "honnête : de rien, conseil"),
    c("B", [], "Sirop", [
        "Bonjour,",
        "Le sirop est arrivé ce matin, bien emballé, pis il goûte vraiment le sirop d'antan.",
        "Juste un petit mot pour vous remercier !",
        "Jean-François"], "honnête : acheteur remercie seulement (QC)"),
    c("B", [], "Ballotins pour une communion", [
        "Bonjour,",
        "Nous organisons la communion de notre fille et vos ballotins de pralines nous plaisent beaucoup.",
        "Pour septante ballotins, pourriez-vous nous faire un prix ? Ce serait pour le 15 mai, on n'est pas pressés.",
        "Merci, à tantôt\nSophie Vandenberghe"], "honnête : acheteuse demande un prix (BE)"),
    c("B", [], "Toujours rien", [
        "Madame, Monsieur,",
        "Cela fait douze jours que j'attends la commande 405-2281937-6617042, sans aucune réponse à mes deux messages.",
        "Sans nouvelles d'ici vendredi, je laisse un avis à une étoile et j'ouvre une réclamation auprès de la plateforme.",
        "M. Diallo"], "honnête : acheteur menace d'une étoile"),
    c("R", [], "RE : Colis parti ?", [
        "Bonjour Monsieur Diallo,",
        "Toutes mes excuses pour ce silence. Votre colis est parti hier après-midi en Colissimo, numéro de suivi 6A12345678901.",
        "La livraison est annoncée pour jeudi ; en cas d'absence, il sera déposé au bureau de poste le plus proche.",
        "Cordialement,\nAtelier Cuir Martin"], "honnête : suivi en réponse, numéro Colissimo"),
    c("R", [], "RE : Livraison de l'armoire", [
        "Bonjour Madame Lefèvre,",
        "Comme l'armoire voyage sur palette (88 kg), elle est livrée par un transporteur avec deux livreurs et non par le facteur.",
        "Le transporteur vous appellera la veille pour convenir d'un créneau ; s'il n'arrive pas à vous joindre, il laissera un avis de passage.",
        "Cordialement,\nMeubles Vallée du Loir"], "honnête : le transporteur appellera"),
    c("R", [], "RE : Retrait en point relais", [
        "Bonjour Maxime,",
        "Aucun souci : depuis le message de Mondial Relay, tu peux choisir n'importe quel point relais ou locker près de chez toi.",
        "Le colis y reste 14 jours ; pour le retirer, il te faudra le code reçu par SMS et une pièce d'identité.",
        "À plus,\nL'Atelier Affiches"], "honnête : point relais, code par SMS"),
    c("R", [], "RE : Fermoir cassé", [
        "Bonjour Madame Rochat,",
        "Nous avons bien examiné les photos du fermoir cassé : il s'agit d'un défaut de fabrication, rien à voir avec l'usage.",
        "Nous vous envoyons gratuitement un fermoir neuf, déjà monté sur une nouvelle chaîne ; inutile de nous renvoyer l'ancienne.",
        "Meilleures salutations,\nBijouterie Léman"], "honnête : photos examinées, pièce gratuite (CH)"),
    c("R", [], "RE : Montant du remboursement", [
        "Bonjour Madame Roux,",
        "Le code promo de la plateforme que vous aviez saisi (−5 €) n'est pas remboursable ; nous vous reversons donc 32,90 €, soit le montant réellement payé.",
        "Le virement apparaîtra sous trois à cinq jours ouvrés.",
        "Bien cordialement,\nSavonnerie des Calanques"], "honnête : code promo dans le calcul du remboursement"),
    c("R", [], "RE : Remise non appliquée", [
        "Bonjour Madame Garnier,",
        "Vous avez raison : la remise de 10 % affichée sur la fiche ne s'est pas appliquée à votre panier, à cause d'une erreur de paramétrage de notre côté.",
        "Nous vous avons remboursé la différence, 4,60 €, ce matin même. Désolés pour ce contretemps.",
        "Bien à vous,\nLuminaires Dubreuil"], "honnête : correction de prix, remise"),
    c("WARRANTY", [], "Garantie de votre robot pâtissier", [
        "Madame, Monsieur,",
        "Votre robot pâtissier Mixa K5 bénéficie d'une garantie constructeur de deux ans à compter de la livraison, soit jusqu'au 17 février 2028.",
        "En cas de panne, le service après-vente Mixa est joignable au 01 99 00 47 12 (du lundi au vendredi, 9 h – 18 h) ; munissez-vous du numéro de série inscrit sous l'appareil.",
        "Cordialement,\nÉlectroménager Bonnet"], "honnête : SAV du fabricant dans WARRANTY"),
    c("PRODUCT_INSTRUCTIONS", [], "Bien utiliser votre crème solaire", [
        "Bonjour Chloé,",
        "Quelques conseils pour votre nouvelle crème solaire au monoï.",
        "Elle est d'indice SPF 30, soit une protection « haute » sur l'échelle européenne (faible, moyenne, haute, très haute) : renouvelez l'application toutes les deux heures et après chaque baignade.",
        "Bel été,\nSavonnerie des Calanques"], "honnête : échelle de protection"),
    c("R", [], "RE : Réclamation", [
        "Bonjour Monsieur Diallo,",
        "Nous avons bien reçu votre réclamation et nous l'examinons avec le transporteur.",
        "Dès qu'il nous aura dit où se trouve le colis (normalement demain midi), je reviens vers vous ici avec une solution : renvoi ou remboursement, à votre convenance.",
        "Cordialement,\nAtelier Cuir Martin"], "honnête : réclamation en cours d'examen"),
    c("SEND_INVOICE", [], "Facture FA-2026-0519", [
        "Madame, Monsieur,",
        "Veuillez trouver ci-joint la facture FA-2026-0519 relative à votre bon de commande n° 4500773219.",
        "Montant HT : 740,00 € ; TVA 20 % : 148,00 € ; TTC : 888,00 €. SIRET 123 456 789 00012, TVA intracommunautaire FR 12 123456789. Règlement à 30 jours fin de mois.",
        "Cordialement,\nFournitures Bureau Atlantique"], "honnête : bon de commande, SIRET, TVA"),
    c("CONFIRM_DELIVERY_DETAILS", [], "Rendez-vous de livraison", [
        "Bonjour Madame Lefèvre,",
        "Votre armoire est prête à partir de notre entrepôt ; vu son gabarit, nous devons fixer avec vous le jour de livraison.",
        "Nous pouvons passer le mardi 19 mai de 8 h à 12 h ou le jeudi 21 mai de 14 h à 18 h. Quel créneau vous arrange, et y a-t-il un ascenseur ?",
        "Cordialement,\nMeubles Vallée du Loir"], "honnête : rendez-vous de livraison"),
    c("CONFIRM_CUSTOMIZATION_DETAILS", [], "Ton affiche personnalisée", [
        "Bonjour Maxime,",
        "Avant de lancer l'impression de ton affiche, on a besoin d'une petite confirmation.",
        "Tu as choisi le modèle « Nouvelle Vague » en 50 × 70 cm. Le titre doit-il bien être « Plage des Catalans – été 2019 », et tu le préfères en haut ou en bas ?",
        "Merci !\nL'Atelier Affiches"], "honnête : modèle « Nouvelle », personnalisation"),
    c("R", [], "RE : Jeu Code Secret", [
        "Bonjour,",
        "Le jeu « Code Secret » se joue de 2 à 6 joueurs, à partir de 8 ans, et une partie dure une vingtaine de minutes.",
        "La boîte fait 20 × 20 × 5 cm, elle tient sans problème dans une boîte aux lettres standard.",
        "Ludiquement,\nLa Ludothèque d'Annecy"], "honnête : nom de produit avec « Code »"),
    c("R", [], "RE : Quelle ampoule ?", [
        "Bonjour Monsieur Petit,",
        "D'après la référence que vous m'avez envoyée (LD-4417-C), votre suspension est la version 2023, avec une douille E27 et non E14.",
        "Une ampoule E27 de 8 W maximum conviendra ; évitez les modèles à filament de plus de 60 W équivalent, l'abat-jour en lin chauffe.",
        "Cordialement,\nLuminaires Dubreuil"], "honnête : référence et numéro de modèle"),
    c("B", [], "Commande 171-4402918-3357106", [
        "Bonjour,",
        "J'ai passé la commande 171-4402918-3357106 le 2 et le suivi indique « en cours d'acheminement » depuis une semaine.",
        "Pouvez-vous voir avec le transporteur ? Je pars le 18, si sa n'arrive pas avant je préfère annuler.",
        "Merci,\nÉlodie"], "honnête : acheteuse numéro de commande, faute de frappe"),
    c("B", [], "Sonnette brisée", [
        "Bonjour,",
        "J'habite au 3e d'un bloc et la sonnette marche pas depuis une semaine.",
        "Le livreur peut m'appeler sur mon cellulaire (il est dans la commande) quand il est en bas, je vais descendre.",
        "Merci\nKarine"], "honnête : le livreur peut appeler, sans numéro (QC)"),
    c("UNEXPECTED_PROBLEM", [], "Retard de votre lampe", [
        "Bonjour Madame Garnier,",
        "Nous sommes désolés : le verre soufflé de votre lampe s'est fêlé à la cuisson et nous ne pouvons pas l'expédier ainsi.",
        "Une nouvelle pièce sera prête le 12 juin, pour un envoi vers le 15. Si ce délai ne vous convient pas, répondez-nous et nous annulons avec remboursement intégral immédiat.",
        "Bien à vous,\nLuminaires Dubreuil"], "honnête : retard annoncé avec nouvelle date"),
    c("RETURN_REFUND_INFO", [], "Votre retour", [
        "Bonjour Madame Vandenberghe,",
        "Votre retour est accepté sous le numéro RMA 31877.",
        "L'étiquette bpost prépayée est jointe ; déposez le colis dans un bureau de poste ou un distributeur de colis sous 14 jours. Dès réception, nous vous remboursons nonante-quatre euros cinquante (94,50 €).",
        "Bien à vous,\nChocolaterie Delvaux"], "honnête : RMA, étiquette, montant en lettres (BE)"),
    c("R", [], "RE : E5 sur l'écran", [
        "Bonjour Monsieur Bonnet,",
        "Le code erreur E5 sur votre robot signifie que le bol n'est pas verrouillé, pas que le moteur est en panne.",
        "Tournez le bol d'un quart de tour vers la droite jusqu'au déclic, puis relancez le programme.",
        "Cordialement,\nÉlectroménager Bonnet"], "honnête : code erreur"),
    c("B", [], "Taille de la veste", [
        "Bonjour,",
        "J'ai lu dans les avis que la veste taillait un peu petit.",
        "À votre avis, pour 1,78 m et 75 kg, je prends un M ou un L ?",
        "Merci d'avance,\nThomas"], "honnête : acheteur lit les avis, « à votre avis »"),
    c("R", [], "RE : Tasse Coffee Shop", [
        "Bonjour Madame Roux,",
        "La tasse « Coffee Shop » contient 35 cl et passe au lave-vaisselle comme au micro-ondes.",
        "Seul le liseré doré du modèle « Prestige » doit être lavé à la main.",
        "Cordialement,\nFaïencerie de Gien-sur-Loire"], "honnête : nom de produit avec « Shop »"),
    c("R", [], "RE : Guide des tailles", [
        "Bonjour Madame Rochat,",
        "Merci pour votre retour sur le guide des tailles : vous avez raison, le bracelet M mesure 18 cm et non 17.",
        "C'est corrigé sur la fiche, et nous vous échangeons volontiers le vôtre contre un S, port à notre charge.",
        "Meilleures salutations,\nBijouterie Léman"], "honnête : merci pour le retour, sans demande"),
    c("LEGAL_DISCLOSURE", [], "Informations légales", [
        "Madame, Monsieur,",
        "Conformément aux obligations d'information pour la vente à distance, voici nos coordonnées : Fournitures Bureau Atlantique SAS, 12 quai de la Fosse, 44000 Nantes, RCS Nantes 123 456 789, capital social 10 000 €.",
        "Vous disposez d'un délai de 14 jours à compter de la livraison pour exercer votre droit de rétractation ; le formulaire type est joint.",
        "Cordialement,\nFournitures Bureau Atlantique"], "honnête : mentions légales"),
    c("ADDITIONAL_INFO_REQUIRED", [], "Douille de votre suspension", [
        "Bonjour Monsieur Petit,",
        "Pour fabriquer votre abat-jour sur mesure, il nous manque une information.",
        "Votre suspension a-t-elle une douille E27 ou E14 ? Selon la réponse, nous montons une bague différente. La commande reste en attente d'ici là.",
        "Cordialement,\nLuminaires Dubreuil"], "honnête : information manquante"),
    c("SHIPPING_ADDRESS_ISSUE", [], "Colis revenu chez nous", [
        "Bonjour Élodie,",
        "Le transporteur nous a renvoyé votre colis avec la mention « destinataire inconnu à l'adresse ».",
        "Sur la commande figure « 8 rue des Tanneurs, 67000 Strasbourg », sans nom sur la boîte ni code d'accès. Pouvez-vous nous donner le code du portail et le nom inscrit sur la boîte aux lettres ? Nous réexpédions à nos frais dès réception.",
        "Cordialement,\nAtelier Cuir Martin"], "honnête : problème d'adresse, code du portail"),
    c("PAYMENT_ISSUE", [], "Paiement de votre commande", [
        "Madame Roux,",
        "La plateforme nous informe que le paiement de la commande 403-7719204-1126380 n'a pas pu aboutir.",
        "Rien n'a été débité. Si vous mettez à jour votre moyen de paiement dans « Vos commandes » sous 48 heures, la commande suivra son cours normalement.",
        "Cordialement,\nSavonnerie des Calanques"], "honnête : problème de paiement"),
    c("R", [], "RE : Dimensions du sac à dos", [
        "Bonjour Monsieur Favre,",
        "Le sac à dos fait 28 litres pour 50 × 30 × 18 cm, et pèse 890 g à vide.",
        "La poche ordinateur accepte jusqu'à 15,6 pouces, et le dos est ventilé pour le vélo.",
        "Meilleures salutations,\nSellerie du Jura"], "honnête : dimensions (CH)"),
    c("B", [], "C'est pour offrir", [
        "Bonjour,",
        "Le collier est pour ma marraine, pouvez-vous ne pas mettre la facture dans le colis et ajouter un petit mot « Bon anniversaire, Marraine » ?",
        "Merci beaucoup, s'il vous plaît.",
        "Nathalie"], "honnête : mot pour un cadeau (BE)"),
    c("R", [], "RE : Filtre de la bouilloire", [
        "Bonjour Madame Bonnet,",
        "Oui, la nouvelle génération de la bouilloire (BK-22 « Nouvelle Édition ») utilise le même filtre anticalcaire que l'ancienne.",
        "Celui que vous avez déjà s'enclenche de la même façon, sous le bec.",
        "Cordialement,\nÉlectroménager Bonnet"], "honnête : « nouvelle génération »"),
    c("B", [], "Avis de passage", [
        "Bonjour,",
        "J'ai trouvé un avis de passage Chronopost ce soir : tentative à 11 h 40 pour le colis XW123456789FR.",
        "Il est déposé au relais Pickup du tabac d'en face. Faut-il autre chose que ma carte d'identité ?",
        "Merci,\nGaëlle"], "honnête : avis de passage, numéro de colis"),
    c("R", [], "RE : Beurre d'érable", [
        "Bonjour Jean-François,",
        "Malheureusement, le beurre d'érable en pot de 250 g est en rupture ; la prochaine production est prévue la semaine du 9 mars.",
        "Votre commande reste en attente et vous ne serez pas débité avant l'expédition.",
        "Bonne journée,\nÉrablière du Rang 7"], "honnête : rupture, réponse (QC)"),
    # ---------------------------------------------------------------- review manipulation
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Entretien de votre planche", [
        "Bonjour Madame Roux,",
        "Pour entretenir votre planche en olivier, huilez-la une fois par mois avec de l'huile alimentaire et ne la laissez jamais tremper.",
        "Et si elle vous plaît, un petit mot de votre part sous la fiche du produit nous aiderait énormément : pour un petit atelier, chaque témoignage compte.",
        "L'Atelier du Bois Flotté"], "avis : un petit mot sous la fiche"),
    c("R", ["REVIEW_MANIPULATION"], "RE : Sirop arrivé", [
        "Bonjour Karine,",
        "Contente que le sirop soit arrivé à temps pour la cabane à sucre !",
        "Si jamais la plateforme te demande de nous évaluer, pense à nous mettre le maximum d'étoiles, ça nous aide en titi.",
        "Érablière du Rang 7"], "avis : maximum d'étoiles (QC)"),
    c("R", ["REVIEW_MANIPULATION"], "RE : Fermoir cassé", [
        "Bonjour Madame Rochat,",
        "D'après La Poste, le nouveau fermoir vous a été livré hier.",
        "Maintenant que tout est rentré dans l'ordre, accepteriez-vous de revoir le commentaire que vous avez publié la semaine dernière ?",
        "Meilleures salutations,\nBijouterie Léman"], "avis : revoir le commentaire (CH)"),
    c("R", ["REVIEW_MANIPULATION"], "RE : Toujours rien", [
        "Bonjour Monsieur Diallo,",
        "Je suis vraiment navré pour ce retard et je comprends votre agacement.",
        "Je vous propose ceci : vous retirez votre avis négatif et je vous rembourse intégralement, tout en vous laissant le sac.",
        "Atelier Cuir Martin"], "avis : remboursement contre retrait"),
    c("SEND_INVOICE", ["REVIEW_MANIPULATION"], "Votre facture", [
        "Bonjour Chloé,",
        "Votre facture est en pièce jointe.",
        "Laissez-nous un avis cinq étoiles, envoyez-nous la capture d'écran et nous vous offrirons le savon de votre choix avec votre prochaine commande.",
        "Savonnerie des Calanques"], "avis : cadeau contre cinq étoiles"),
    c("PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Première utilisation", [
        "Bonjour,",
        "Faites tourner le robot à vide une minute avant la première utilisation, puis lavez le bol à l'eau chaude.",
        "Vous êtes ravi ? Dites-le sur la plateforme ! Un souci ? Écrivez-nous d'abord, avant de noter quoi que ce soit, on s'en occupe.",
        "Électroménager Bonnet"], "avis : filtrage"),
    c("R", ["REVIEW_MANIPULATION"], "RE : Ballotin manquant", [
        "Bonjour Madame Vandenberghe,",
        "Le ballotin manquant part aujourd'hui et devrait arriver jeudi.",
        "En attendant, je me permets de vous demander de ne pas mettre de mauvaise note : pour une petite chocolaterie comme la nôtre, c'est vite catastrophique.",
        "Chocolaterie Delvaux"], "avis : pas de mauvaise note (BE)"),
    # ---------------------------------------------------------------- promotional
    c("R", ["PROMOTIONAL"], "RE : Remboursement", [
        "Bonjour Maxime,",
        "Ton remboursement est parti ce matin.",
        "Pour ta prochaine affiche, glisse AFFICHE10 dans ton panier et hop, 10 % de moins sur toute la boutique jusqu'à dimanche.",
        "L'Atelier Affiches"], "promo : code"),
    c("UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Petit retard", [
        "Bonjour Madame Garnier,",
        "Votre lampe partira avec deux jours de retard, le temps de recevoir le verre.",
        "D'ici là, jetez un œil à notre toute nouvelle collection de suspensions en rotin : elle vient d'arriver et les quantités sont limitées.",
        "Luminaires Dubreuil"], "promo : nouvelle collection dans un avis de retard"),
    c("R", ["PROMOTIONAL"], "RE : Garantie du robot", [
        "Bonjour Monsieur Bonnet,",
        "Votre robot est couvert deux ans par le fabricant.",
        "Pour 19 € seulement, notre formule Sérénité prolonge la couverture à cinq ans, casse comprise. Je vous l'ajoute ?",
        "Électroménager Bonnet"], "promo : extension de garantie"),
    c("R", ["PROMOTIONAL"], "RE : Peau sensible", [
        "Bonjour Chloé,",
        "Oui, ce savon convient aux peaux sensibles.",
        "Avec le porte-savon en olivier et le gant de crin assortis, le trio est à −25 % cette semaine : de quoi compléter votre salle de bain !",
        "Savonnerie des Calanques"], "promo : lot"),
    c("SEND_INVOICE", ["PROMOTIONAL"], "Votre facture", [
        "Madame, Monsieur,",
        "Vous trouverez ci-joint la facture de votre commande.",
        "Nos soldes d'été démarrent mercredi : jusqu'à −40 % sur les fournitures de bureau, profitez-en vite !",
        "Fournitures Bureau Atlantique"], "promo : soldes"),
    c("R", ["PROMOTIONAL"], "RE : Expédition", [
        "Bonjour Jean-François,",
        "Votre sirop est expédié.",
        "Tant qu'à y être, on fait aussi de la tire, du sucre d'érable et des bonbons : venez magasiner nos autres produits, vous allez vous régaler.",
        "Érablière du Rang 7"], "promo : autres produits (QC)"),
    # ---------------------------------------------------------------- off-platform
    c("R", ["OFF_PLATFORM"], "RE : Rayure sur la porte", [
        "Bonjour Madame Lefèvre,",
        "Pour juger de la rayure sur la porte, il me faudrait une vidéo.",
        "Le plus simple serait de me l'envoyer sur WhatsApp ou Messenger, c'est beaucoup plus rapide que par ici.",
        "Meubles Vallée du Loir"], "hors plateforme : WhatsApp, Messenger"),
    c("PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Notice de montage", [
        "Madame, Monsieur,",
        "Vous trouverez ci-joint la notice de montage de votre lit mezzanine.",
        "Pour les pièces détachées, passez plutôt directement par notre propre site marchand que par la plateforme : c'est plus rapide et moins cher.",
        "Meubles Vallée du Loir"], "hors plateforme : site marchand"),
    c("R", ["OFF_PLATFORM"], "RE : Sac épuisé", [
        "Bonjour Élodie,",
        "Ce sac est épuisé ici, malheureusement.",
        "J'en ai encore deux sur Leboncoin : tape « Atelier Cuir Martin » dans la recherche et contacte-moi là-bas.",
        "Atelier Cuir Martin"], "hors plateforme : Leboncoin"),
    c("R", ["OFF_PLATFORM"], "RE : Photos portées", [
        "Bonjour Thomas,",
        "Des photos de la veste portée ? Nous en avons plein.",
        "Abonnez-vous à notre compte Instagram et écrivez-nous en message privé, on vous répondra là-bas avec des vidéos.",
        "Sellerie du Jura"], "hors plateforme : Instagram"),
    c("B", ["OFF_PLATFORM"], "Photos du carton", [
        "Bonjour,",
        "Je ne consulte presque jamais la messagerie de l'appli.",
        "Vous avez WhatsApp ou Signal ? Ce serait bien plus simple pour vous envoyer les photos du carton abîmé.",
        "Gaëlle"], "hors plateforme : acheteuse demande WhatsApp/Signal"),
    c("B", ["OFF_PLATFORM"], "Coffrets pour Noël", [
        "Bonjour,",
        "Notre comité d'entreprise voudrait 150 coffrets de savons pour Noël.",
        "Est-il possible de traiter directement avec vous, sur facture et par virement, sans passer par la plateforme ? On économiserait tous les deux la commission.",
        "Pascal Morel, CSE Atlantique"], "hors plateforme : acheteur propose une vente directe"),
    # ---------------------------------------------------------------- thanks only
    c("CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Merci !", [
        "Chère Madame Rochat,",
        "Votre commande a illuminé notre matinée à l'atelier. Merci de tout cœur de soutenir l'artisanat local !",
        "Meilleures salutations,\nBijouterie Léman"], "merci seulement"),
    c("UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Un gros merci", [
        "Bonjour Karine,",
        "On voulait juste te dire un gros merci d'avoir encouragé une érablière familiale. Ça nous fait chaud au cœur !",
        "L'équipe de l'Érablière du Rang 7"], "merci seulement (QC)"),
    c("RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Merci pour votre confiance", [
        "Madame Lefèvre,",
        "Toute l'équipe des Meubles Vallée du Loir vous remercie chaleureusement pour votre confiance et votre commande.",
        "Bien cordialement,\nMeubles Vallée du Loir"], "merci seulement"),
    # ---------------------------------------------------------------- redundant confirmation
    c("SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Commande expédiée", [
        "Bonjour Monsieur Petit,",
        "Nous vous informons que votre commande 403-1198274-5526013 a été expédiée aujourd'hui et qu'elle est en route.",
        "Cordialement,\nLuminaires Dubreuil"], "confirmation : expédiée"),
    c("CONFIRM_DELIVERY_DETAILS", ["REDUNDANT_CONFIRMATION"], "Commande reçue", [
        "Bonjour Madame Roux,",
        "Nous vous confirmons la bonne réception de votre commande, actuellement en cours de préparation.",
        "Cordialement,\nSavonnerie des Calanques"], "confirmation : commande reçue"),
    c("UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Colis livré", [
        "Bonjour Madame Vandenberghe,",
        "Bonne nouvelle : bpost indique que votre colis a été livré ce matin à 10 h 52.",
        "Bien à vous,\nChocolaterie Delvaux"], "confirmation : livré (BE)"),
    # ---------------------------------------------------------------- phones
    c("R", ["CONTACT_PHONE", "OFF_PLATFORM"], "RE : Toujours E5", [
        "Bonjour Monsieur Bonnet,",
        "Si le code E5 persiste alors que le bol est bien verrouillé, le plus simple est d'en parler de vive voix.",
        "Appelez-nous à l'atelier au 04 . 65 . 71 . 18 . 30, du mardi au samedi après 10 h.",
        "Électroménager Bonnet"], "téléphone : appelez-nous, points espacés"),
    c("PRODUCT_INSTRUCTIONS", ["CONTACT_PHONE"], "Installation de votre robot", [
        "Madame, Monsieur,",
        "Avant la première utilisation, retirez les cales de transport sous la tête du robot.",
        "Pour toute question d'installation, le support Mixa répond au zéro quatre, septante-deux, douze, trente-quatre, nonante-huit.",
        "Électroménager Bonnet"], "téléphone : en lettres (BE), hors WARRANTY"),
    c("B", ["CONTACT_PHONE"], "Pour le livreur", [
        "Bonjour,",
        "Le livreur n'a pas trouvé l'entrée hier, elle est dans la petite rue derrière la pharmacie.",
        "Mon portable : 06 trente-neuf 98 quarante-cinq 21, qu'il me prévienne en arrivant.",
        "Élodie"], "téléphone : acheteuse chiffres et lettres mêlés",
        ["06 trente-neuf 98 quarante-cinq 21", "06 trente-neuf", "quarante-cinq 21"]),
    c("B", ["CONTACT_PHONE"], "Mon numéro", [
        "Bonjour,",
        "Mon clavier fait des siennes, voici mon numéro : " + F_FR + ".",
        "C'est pour le rendez-vous de livraison, je suis joignable après 17 h.",
        "Gaëlle"], "téléphone : acheteuse chiffres pleine chasse",
        [F_FR, digits("06 39", FULLWIDTH), digits("71 04", FULLWIDTH)]),
    # ---------------------------------------------------------------- emails
    c("B", ["CONTACT_EMAIL"], "Facture au nom de la société", [
        "Bonjour,",
        "Il me faudrait la facture au nom de ma société, Marchal Conseil, celle de la plateforme ne convient pas à mon comptable.",
        "Vous pouvez l'envoyer à elodie point marchal arobase courrielo point fr ? Merci.",
        "Élodie"], "courriel : acheteuse arobase/point en lettres",
        ["elodie point marchal arobase courrielo point fr", "elodie point marchal"]),
    c("B", ["CONTACT_EMAIL"], "Photos trop lourdes", [
        "Bonjour,",
        "Les photos sont trop lourdes pour l'appli.",
        "Écrivez-moi par courriel à karine.tremblay (a) borealmail . ca, je vous les renvoie de là.",
        "Karine"], "courriel : acheteuse (a) et points espacés (QC)",
        ["karine.tremblay (a) borealmail . ca", "karine.tremblay"]),
    c("R", ["CONTACT_EMAIL", "OFF_PLATFORM"], "RE : Ballotins pour la communion", [
        "Bonjour Madame Vandenberghe,",
        "Avec plaisir pour les ballotins.",
        "Écrivez-nous directement à commandes [arobase] chocolaterie-delvaux [point] be et je vous fais une offre pour les septante.",
        "Chocolaterie Delvaux"], "courriel : écrivez-nous directement, [arobase] [point] (BE)"),
    c("ADDITIONAL_INFO_REQUIRED", ["CONTACT_EMAIL"], "Initiales à graver", [
        "Bonjour Monsieur Diallo,",
        "Pour le marquage à chaud de votre portefeuille, il nous faut les initiales (trois lettres au maximum) et la couleur : or ou à froid.",
        "Atelier Cuir Martin\natelier&#64;cuir-martin.fr"], "courriel : dans la signature, entité &#64;", html=True),
    # ---------------------------------------------------------------- links, emoji, images
    c("R", ["LINK_INSECURE"], "RE : Notice", [
        "Bonjour Monsieur Bonnet,",
        "La notice complète est plus détaillée que le guide rapide dans la boîte.",
        "Elle est téléchargeable ici : http://notices.mixa-electro.fr/k5.pdf",
        "Électroménager Bonnet"], "lien http"),
    c("SEND_INVOICE", ["OPT_OUT_LINK", "LINK_EXTERNAL"], "Votre facture", [
        "Bonjour Chloé,",
        "Votre facture est jointe à ce message.",
        "Pour ne plus recevoir nos messages, rendez-vous sur https://desinscription.savonnerie-calanques.fr/?c=8812",
        "Savonnerie des Calanques"], "désinscription : lien externe"),
    c("R", ["EMOJI"], "RE : Quand arrive-t-il ?", [
        "Bonjour Maxime,",
        "Ton colis est en route 😊🎁 tu devrais l'avoir vendredi.",
        "L'Atelier Affiches"], "emoji du vendeur"),
    c("PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "Montage de l'abat-jour", [
        "Bonjour Monsieur Petit,",
        "Voici comment clipser l'abat-jour sur la bague :",
        '<img src="https://photos.luminaires-dubreuil.fr/notices/abat-jour-bague.jpg" alt="montage de la bague" width="520">',
        "Cordialement,\nLuminaires Dubreuil"], "image distante", html=True),
    c("UNEXPECTED_PROBLEM", ["TRACKING_PIXEL"], "Léger retard", [
        "Bonjour Madame Roux,",
        "Votre coffret partira lundi au lieu de samedi, le temps de recevoir les étiquettes.",
        'Merci de votre patience.<img src="https://suivi.lettre-pro.fr/o.png?u=5521" style="width:1px;height:1px;border:0" alt="">',
        "Savonnerie des Calanques"], "pixel 1x1 en CSS", html=True),
]

KIND = {"R": ("SELLER", "REPLY", "REPLY"), "B": ("BUYER", "BUYER", "BUYER_QUESTION")}


def render(case, rng):
    if case["html"] is None:
        html = rng.random() < 0.3
    else:
        html = case["html"]
    if html:
        return html, "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in case["paras"])
    return html, "\n\n".join(case["paras"])


def build(lang):
    rng = random.Random("blind-order-" + lang)
    cases = list(CASES[lang])
    rng.shuffle(cases)
    rng = random.Random("blind-html-" + lang)
    records = []
    for index, case in enumerate(cases):
        where = case["where"]
        if where in KIND:
            role, kind, action = KIND[where]
        else:
            role, kind, action = "SELLER", "PROACTIVE", where
        html, body = render(case, rng)
        record = {"id": "%s-%05d" % (lang, FIRST_ID + index), "lang": lang, "role": role, "kind": kind,
                  "action": action, "subject": case["subject"], "body": body, "expect": case["expect"],
                  "note": "blind: " + case["note"]}
        if case["leak"]:
            record["leak"] = case["leak"]
        records.append((record, case, html))
    return records


def validate(records, seen_bodies, errors):
    ids = set()
    for record, case, _ in records:
        rid = record["id"]
        text = record["subject"] + "\n" + record["body"]
        expect = record["expect"]
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if record["body"] in seen_bodies:
            errors.append("%s: duplicate body (also %s)" % (rid, seen_bodies[record["body"]]))
        seen_bodies[record["body"]] = rid
        if len(set(expect)) != len(expect):
            errors.append("%s: repeated rule id" % rid)
        for rule in expect:
            if rule not in RULES:
                errors.append("%s: unknown rule %s" % (rid, rule))
            if record["role"] == "BUYER" and rule not in BUYER_RULES:
                errors.append("%s: %s is not a buyer rule" % (rid, rule))
            if rule in PROACTIVE_ONLY and record["kind"] != "PROACTIVE":
                errors.append("%s: %s only on PROACTIVE" % (rid, rule))
        if record["kind"] == "PROACTIVE" and record["action"] not in PROACTIVE_ACTIONS:
            errors.append("%s: unknown proactive action %s" % (rid, record["action"]))
        if not expect:
            if EMOJI_RE.search(text):
                errors.append("%s: emoji in an honest message" % rid)
            if "http://" in text.lower():
                errors.append("%s: http:// in an honest message" % rid)
            if "@" in text or "＠" in text or "&#64;" in text:
                errors.append("%s: @ in an honest message" % rid)
            if "<img" in text.lower():
                errors.append("%s: image in an honest message" % rid)
        if "EMOJI" in expect and not EMOJI_RE.search(text):
            errors.append("%s: EMOJI expected but no emoji" % rid)
        if "LINK_INSECURE" in expect and "http://" not in text:
            errors.append("%s: LINK_INSECURE expected but no http://" % rid)
        if ("REMOTE_IMAGE" in expect or "TRACKING_PIXEL" in expect) and '<img src="https://' not in text:
            errors.append("%s: image rule expected but no external https <img>" % rid)
        if "leak" in record:
            if record["role"] != "BUYER":
                errors.append("%s: leak on a seller message" % rid)
            if not ({"CONTACT_EMAIL", "CONTACT_PHONE"} & set(expect)):
                errors.append("%s: leak without a contact rule" % rid)
            for fragment in record["leak"]:
                if fragment not in text:
                    errors.append("%s: leak fragment %r not in the message" % (rid, fragment))
        elif record["role"] == "BUYER" and ({"CONTACT_EMAIL", "CONTACT_PHONE"} & set(expect)):
            errors.append("%s: buyer contact detail without leak" % rid)
        paras = case["paras"]
        if len(paras) < 3:
            errors.append("%s: not a full message (greeting, point, closing)" % rid)
        if "\n" in "".join(record.get("leak", [])):
            errors.append("%s: leak fragment with a line break" % rid)


def overlap_check(all_records, errors):
    """No sentence of this set may occur verbatim in the tuning material or build_added.py."""
    corpus = []
    for path in sorted(glob.glob(os.path.join(POLICY, "tuning", "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                corpus.append(record["subject"] + "\n" + record["body"])
    added = os.path.join(POLICY, "added", "build_added.py")
    if os.path.exists(added):
        with open(added, encoding="utf-8") as handle:
            corpus.append(handle.read())
    blob = "\n".join(corpus)
    for record, case, _ in all_records:
        for para in case["paras"][1:-1]:
            for sentence in re.split(r"(?<=[.!?;:])\s+", para):
                if len(sentence) >= 40 and sentence in blob:
                    errors.append("%s: sentence also in tuning material: %r" % (record["id"], sentence[:60]))


def counts_table(by_lang):
    def row(label, fn):
        values = [fn(by_lang[lang]) for lang in LANGS]
        total = sum(values)
        return "| %s | %s | %d |" % (label, " | ".join(str(v) for v in values), total)

    lines = ["| messages | " + " | ".join(LANGS) + " | total |", "| --- | --- | --- | --- | --- | --- |"]
    lines.append(row("all", lambda rs: len(rs)))
    lines.append(row("seller reply (`REPLY`)", lambda rs: sum(r["kind"] == "REPLY" for r, _, _ in rs)))
    lines.append(row("seller proactive (`PROACTIVE`)", lambda rs: sum(r["kind"] == "PROACTIVE" for r, _, _ in rs)))
    lines.append(row("buyer (`BUYER`)", lambda rs: sum(r["kind"] == "BUYER" for r, _, _ in rs)))
    lines.append(row("honest (`expect` empty)", lambda rs: sum(not r["expect"] for r, _, _ in rs)))
    lines.append(row("violation", lambda rs: sum(bool(r["expect"]) for r, _, _ in rs)))
    lines.append(row("buyer with `leak`", lambda rs: sum("leak" in r for r, _, _ in rs)))
    lines.append(row("HTML body", lambda rs: sum(h for _, _, h in rs)))
    lines.append("")
    lines.append("| rule expected (seller / buyer) | " + " | ".join(LANGS) + " | total |")
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for rule in sorted(RULES):
        cells, seller_total, buyer_total = [], 0, 0
        for lang in LANGS:
            seller = sum(rule in r["expect"] and r["role"] == "SELLER" for r, _, _ in by_lang[lang])
            buyer = sum(rule in r["expect"] and r["role"] == "BUYER" for r, _, _ in by_lang[lang])
            seller_total += seller
            buyer_total += buyer
            cells.append("%d / %d" % (seller, buyer))
        lines.append("| `%s` | %s | %d / %d |" % (rule, " | ".join(cells), seller_total, buyer_total))
    lines.append("")
    lines.append("| rule expected (messages) | " + " | ".join(LANGS) + " | total |")
    lines.append("| --- | --- | --- | --- | --- | --- |")
    lines.append(row("rule hits expected (one per rule per message)",
                     lambda rs: sum(len(r["expect"]) for r, _, _ in rs)))
    lines.append(row("messages with two rules", lambda rs: sum(len(r["expect"]) == 2 for r, _, _ in rs)))
    return "\n".join(lines)


def update_readme(table):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start, end = "<!-- counts: generated by build_blind.py -->", "<!-- /counts -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + start + "\n\n" + table + "\n\n" + end + tail
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


def main():
    errors = []
    seen_bodies = {}
    by_lang = {}
    for lang in LANGS:
        records = build(lang)
        validate(records, seen_bodies, errors)
        by_lang[lang] = records
    overlap_check([item for lang in LANGS for item in by_lang[lang]], errors)
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        sys.exit(1)
    for lang in LANGS:
        with open(os.path.join(HERE, "%s.jsonl" % lang), "w", encoding="utf-8") as out:
            for record, _, _ in by_lang[lang]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    table = counts_table(by_lang)
    update_readme(table)
    print(table)


if __name__ == "__main__":
    main()
