"""The example map: Nestwell, a home-goods web shop, on the customer-lifecycle stages.

Used by scripts/build_resources.py. It shows every kind of element a team fills in:
two personas, a funnel of customers per stage, touchpoints on every channel with
emotions, owners and evidence, flows with shares, pain points, opportunities, metrics
at every stage (some off target) and review comments; and what the April workshop added:
presenter notes on every stage, the sticky notes the room wrote, and a closed dot-voting
round ("What do we fix first?"), so the deck and the handout of the example show them.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from journeymap.model.elements import (
    Better,
    Channel,
    Evidence,
    JourneyInfo,
    LaneKind,
    NoteKind,
    OpportunityStatus,
    Participant,
)

if TYPE_CHECKING:
    from build_resources import Draft

OBSERVED, ASSUMED, PROPOSED = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED
LOWER = Better.LOWER
IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED = (
    OpportunityStatus.IDEA,
    OpportunityStatus.PLANNED,
    OpportunityStatus.IN_PROGRESS,
    OpportunityStatus.DONE,
    OpportunityStatus.DROPPED,
)
PERIOD = "Jan-Mar 2025"

INFO = JourneyInfo(
    title="Nestwell home-goods web shop",
    description="How people find, buy from and recommend Nestwell, an online shop for furniture, "
    "textiles and kitchenware with one showroom and pick-up point. Built from Q1 2025 analytics, "
    "12 customer interviews and 400 sampled chat transcripts; stages follow the customer lifecycle.",
    language="en",
    created=datetime(2025, 3, 3, 9, 0, tzinfo=UTC),
    modified=datetime(2025, 4, 14, 16, 30, tzinfo=UTC),
)

# key, name, customers, description, goal
# fmt: off
STAGES = [
    ("awareness", "Awareness", 120_000, "People first meet Nestwell: search, ads, social, a friend.",
     "Get ideas for my home"),
    ("consideration", "Consideration", 38_000, "Comparing products, sizes, prices and delivery.",
     "Be sure it fits my room and budget"),
    ("purchase", "Purchase", 6_200, "Basket, checkout, payment and order confirmation.",
     "Pay safely and know when it arrives"),
    ("retention", "Retention", 2_300, "Delivery, first use, help and the next order.",
     "Enjoy it; get help fast if it is damaged"),
    ("advocacy", "Advocacy", 540, "Reviews, referrals, rewards and shared room photos.",
     "Show off my home and be rewarded"),
]
# fmt: on

CHANNELS = [
    ("web", "Web shop", Channel.WEB),
    ("ads", "Ads", Channel.ADS),
    ("social", "Social", Channel.SOCIAL),
    ("email", "Email", Channel.EMAIL),
    ("chat", "Chat", Channel.CHAT),
    ("phone", "Phone and SMS", Channel.PHONE),
    ("store", "Showroom", Channel.STORE),
    ("word-of-mouth", "Word of mouth", Channel.WORD_OF_MOUTH),
]

GOALS = {
    "awareness": "Find inspiration and a shop with good taste at fair prices.",
    "consideration": "Know the exact size, material and delivery date before deciding.",
    "purchase": "See the full price early and pay in one go.",
    "retention": "A delivery slot that holds, and quick help if something is wrong.",
    "advocacy": "Share the finished room; get something back for recommending.",
}
THOUGHTS = {
    "awareness": "That living room looks like what I want. Never heard of this shop.",
    "consideration": "Will the sofa get through my door? Is the fabric easy to clean?",
    "purchase": "Why is delivery £49? Did my payment go through?",
    "retention": "They moved my slot again. The leg is scratched: what now?",
    "advocacy": "Friends keep asking where the sofa is from.",
}
BACKSTAGE = {
    "awareness": "Performance marketing runs search and social campaigns; content team publishes "
    "two room guides a week.",
    "consideration": "Product data team keeps dimensions and fabrics; chatbot answers from the FAQ.",
    "purchase": "Payment provider runs 3-D Secure; fraud check; order goes to the warehouse.",
    "retention": "Two-person delivery partner books slots; service team handles damage claims.",
    "advocacy": "CRM runs Nest Club tiers and the referral scheme; CX calls complainants back.",
}


PRESENTER_NOTES = {
    "awareness": "Open with the scale: 120,000 people a quarter meet Nestwell, most through search and "
    "Instagram. Ask the room where they first heard of a shop like ours. Point at the retargeting ad: "
    "the one sour moment before anyone has bought.",
    "consideration": "Only a third move on from here. Fit is the question that decides: read the quote from "
    "interview 4, then ask what would make them sure a sofa fits their lift.",
    "purchase": "The steepest drop: 16% of considerers buy. Walk through the £49 delivery fee that appears "
    "at checkout and the 3-D Secure time-outs. Keep ten minutes for the vote after this stage.",
    "retention": "Delivery is where delight turns to doubt: slots that move, damage claims that take nine "
    "days. Ask Priya to say what the delivery partner sees.",
    "advocacy": "540 advocates recommend us with little in return. Ask what a referral reward would need to "
    "feel generous, then go back to the whole map for the vote.",
}


def fill(draft: Draft) -> None:
    """Add every element of the example map to ``draft``."""
    for key, name, customers, description, goal in STAGES:
        draft.stage(
            key,
            name,
            customers=customers,
            description=description,
            goal=goal,
            presenter_notes=PRESENTER_NOTES[key],
        )
    draft.lane("goals", "Customer goals", LaneKind.TEXT, GOALS)
    for key, name, channel in CHANNELS:
        draft.channel(key, name, channel)
    draft.lane("thoughts", "Thoughts", LaneKind.TEXT, THOUGHTS)
    draft.lane("emotion", "Emotion", LaneKind.EMOTION)
    draft.lane("pain-points", "Pain points", LaneKind.PAIN_POINTS)
    draft.lane("opportunities", "Opportunities", LaneKind.OPPORTUNITIES)
    draft.lane("backstage", "Backstage processes", LaneKind.TEXT, BACKSTAGE)
    draft.lane("metrics", "Metrics", LaneKind.METRICS)
    _personas(draft)
    _touchpoints(draft)
    _pains_and_opportunities(draft)
    _metrics(draft)
    _flows(draft)
    _comments(draft)
    _workshop(draft)


def _personas(draft: Draft) -> None:
    draft.persona(
        "maya",
        "Maya, first-home nester",
        role="Young professional furnishing her first rented flat",
        age_band="25-34",
        gender="Female",
        income_band="£30-45k",
        location="Manchester, city-centre flat (4th floor, small lift)",
        goals=("Make a small flat feel like home", "Buy pieces that move with her to the next flat"),
        frustrations=(
            "Not knowing if furniture fits the lift and doorway",
            "Delivery costs that appear only at checkout",
        ),
        motivations=("Instagram-worthy rooms", "Good value", "Sustainable materials"),
        preferred_channels=(Channel.SOCIAL, Channel.WEB, Channel.CHAT),
        shops=("IKEA", "H&M Home", "Made.com", "Dunelm"),
        sites=("Pinterest", "Apartment Therapy", "Houzz"),
        platforms=("Instagram", "TikTok", "Pinterest"),
        brands=("Muji", "Ferm Living", "HAY"),
        quote="I measure everything three times and still worry it won't fit.",
        color="#d9534f",
    )
    draft.persona(
        "david",
        "David, family upgrader",
        role="Homeowner replacing worn-out family furniture",
        age_band="35-44",
        gender="Male",
        income_band="£60-80k",
        location="Suburb of Leeds, semi-detached house",
        goals=("Durable furniture that survives two kids and a dog", "Sort it out in one weekend"),
        frustrations=("Delivery slots that move", "Returning a bulky item", "Chasing a damage claim"),
        motivations=("Quality and warranty", "Saving time", "Seeing it in person first"),
        preferred_channels=(Channel.STORE, Channel.PHONE, Channel.EMAIL),
        shops=("John Lewis", "DFS", "Argos"),
        sites=("Which?", "Trustpilot", "Google reviews"),
        platforms=("Facebook", "YouTube", "WhatsApp"),
        brands=("Ercol", "Le Creuset", "Dyson"),
        quote="Show me it's sturdy, tell me the day it comes, and don't make me chase you.",
        color="#337ab7",
    )


# key, stage, lane, title, emotion, owner, evidence, personas, action, thoughts
# fmt: off
TOUCHPOINTS: list[tuple[str, str, str, str, int, str, Evidence, tuple[str, ...], str, str]] = [
    ("search-ad", "awareness", "ads", "Search ad: \"linen bedding\"", 0, "Performance marketing",
     OBSERVED, (), "Clicks a paid result", "Looks nice, but where does this go?"),
    ("retargeting-ad", "awareness", "ads", "Retargeting display ad", -1, "Performance marketing",
     OBSERVED, ("david",), "Sees the sofa he viewed on every site", "I already looked at this."),
    ("room-guide", "awareness", "web", "Blog guide: storage for small flats", 1, "Content team",
     OBSERVED, ("maya",), "Finds the guide through web search", "Clever ideas, and they sell these."),
    ("instagram-reel", "awareness", "social", "Instagram room-makeover reel", 2, "Social media team",
     OBSERVED, ("maya",), "Saves the reel, visits the profile", "I want my living room to look like that."),
    ("friend-tip", "awareness", "word-of-mouth", "A friend recommends Nestwell", 2, "", ASSUMED, (),
     "Hears about the shop from a friend", "If she likes it, it must be good."),
    ("design-fair", "awareness", "store", "Pop-up at the Northern Design Fair", 1, "Retail team",
     OBSERVED, ("david",), "Sits on the sofas at the stand", "Solid. Where is their showroom?"),
    ("product-page", "consideration", "web", "Product page with reviews", 1, "E-commerce",
     OBSERVED, (), "Reads reviews, zooms into fabric photos", "Good reviews. What are the exact sizes?"),
    ("compare-tool", "consideration", "web", "Sofa compare tool", 0, "E-commerce",
     OBSERVED, (), "Compares three sofas side by side", "It doesn't compare fabrics or care."),
    ("newsletter-signup", "consideration", "email", "Newsletter sign-up with 10% welcome code", 1,
     "CRM team", OBSERVED, ("maya",), "Leaves her email for the code", "10% off helps."),
    ("chatbot", "consideration", "chat", "Chatbot: \"will it fit my lift?\"", -1, "Customer service",
     OBSERVED, ("maya",), "Asks about lift and doorway sizes", "It just sends me the FAQ."),
    ("group-advice", "consideration", "social", "Asks a Facebook home-decor group", 0, "",
     ASSUMED, ("david",), "Asks owners about durability", "Mixed answers, mostly positive."),
    ("showroom-visit", "consideration", "store", "Showroom visit to test sofas", 2, "Retail team",
     OBSERVED, ("david",), "Tests comfort, feels the fabric", "This is the one."),
    ("advice-call", "consideration", "phone", "Calls to ask about delivery dates", 0, "Customer service",
     OBSERVED, ("david",), "Phones before ordering", "They couldn't promise a date."),
    ("basket", "purchase", "web", "Basket and delivery options", -1, "E-commerce",
     OBSERVED, (), "Chooses delivery, sees a £49 fee", "Why only now?"),
    ("checkout", "purchase", "web", "Checkout and payment", -1, "Payments team",
     OBSERVED, (), "Pays by card, 3-D Secure on mobile", "The bank app timed out. Did it work?"),
    ("cart-email", "purchase", "email", "Abandoned-cart reminder email", 1, "CRM team",
     OBSERVED, (), "Opens the reminder, returns to the basket", "Oh right, I meant to finish that."),
    ("checkout-chat", "purchase", "chat", "Live chat at checkout", 1, "Customer service",
     OBSERVED, (), "Asks about returns before paying", "Quick answer, good."),
    ("order-confirmation", "purchase", "email", "Order confirmation with \"how did you hear about us?\"",
     1, "CRM team", OBSERVED, (), "Answers the one-question survey", "Done!"),
    ("click-collect", "purchase", "store", "Click and collect at the showroom", 1, "Retail team",
     OBSERVED, ("david",), "Chooses to collect small items", "Saves the delivery fee."),
    ("delivery-sms", "retention", "phone", "Delivery-slot SMS", -1, "Logistics",
     OBSERVED, (), "Gets a slot, then a change", "Again? I took the day off."),
    ("support-ticket", "retention", "email", "Support ticket: damaged item", -2, "Customer service",
     OBSERVED, ("david",), "Reports a scratched leg with photos", "Nine days and still no answer."),
    ("faq", "retention", "web", "FAQ and returns guide", -1, "Customer service",
     OBSERVED, (), "Searches how to return a sofa", "Nothing about bulky items."),
    ("returns-portal", "retention", "web", "Returns portal and refund", 0, "Customer service",
     OBSERVED, (), "Books a return and tracks the refund", "Took a while, but the money came back."),
    ("care-email", "retention", "email", "Care-tips email for the new sofa", 1, "CRM team",
     PROPOSED, (), "Reads how to clean the fabric", "Useful, they thought of that."),
    ("reorder-suggestions", "retention", "web", "\"Goes well with\" suggestions", 1, "E-commerce",
     OBSERVED, ("maya",), "Buys cushions and a throw", "These match perfectly."),
    ("delay-chat", "retention", "chat", "Chat about a late delivery", -1, "Customer service",
     OBSERVED, (), "Asks where the order is", "At least someone answered."),
    ("review-request", "advocacy", "email", "Review request with photo upload", 1, "CRM team",
     OBSERVED, (), "Writes a review, uploads a room photo", "Happy to help others decide."),
    ("referral", "advocacy", "word-of-mouth", "Refer a friend: £15 each", 2, "CRM team",
     OBSERVED, ("maya",), "Sends her code to two friends", "We both get £15."),
    ("nest-club", "advocacy", "web", "Nest Club tiered rewards", 1, "CRM team",
     OBSERVED, (), "Reaches Silver tier", "Free delivery from now on."),
    ("room-share", "advocacy", "social", "Shares a room photo tagging @nestwell", 2, "Social media team",
     OBSERVED, ("maya",), "Posts the finished room", "Everyone asks where it's from."),
    ("recovery-call", "advocacy", "phone", "Call back after a complaint", 1, "CX team",
     OBSERVED, ("david",), "Gets an apology and a voucher", "They fixed it properly in the end."),
]
# fmt: on


def _touchpoints(draft: Draft) -> None:
    for key, stage, lane, title, emotion, owner, evidence, personas, action, thoughts in TOUCHPOINTS:
        draft.touchpoint(
            key,
            stage,
            lane,
            title,
            emotion,
            owner=owner,
            evidence=evidence,
            personas=personas,
            action=action,
            thoughts=thoughts,
            tags=("mobile",) if key in ("checkout", "instagram-reel", "chatbot") else (),
        )


def _pains_and_opportunities(draft: Draft) -> None:
    # fmt: off
    pains = [
        ("wrong-landing", "awareness", "Search ads land on the home page, not the product", 3, 0.4, OBSERVED,
         "Analytics: 71% bounce from ads", ["search-ad"], ()),
        ("ad-fatigue", "awareness", "Retargeting keeps showing what was already bought", 2, 0.15, ASSUMED,
         "Social comments", ["retargeting-ad"], ("david",)),
        ("fit-doubt", "consideration", "Cannot tell if furniture fits the lift and doorway", 4, 0.22,
         OBSERVED, "12 customer interviews, March", ["product-page", "chatbot", "compare-tool"], ("maya",)),
        ("bot-dead-end", "consideration", "Chatbot cannot answer size or delivery questions", 3, 0.09,
         OBSERVED, "400 sampled chat transcripts", ["chatbot"], ()),
        ("no-delivery-date", "consideration", "No delivery date before ordering", 3, 0.12, OBSERVED,
         "Call logs", ["advice-call"], ("david",)),
        ("late-delivery-fee", "purchase", "Delivery fee appears only at checkout", 4, 0.31, OBSERVED,
         "Exit survey, n=1,150", ["basket", "checkout"], ()),
        ("payment-timeout", "purchase", "Mobile payments time out in 3-D Secure", 5, 0.06, OBSERVED,
         "Payment provider logs", ["checkout"], ()),
        ("slot-changes", "retention", "Delivery slot changed at short notice", 4, 0.14, OBSERVED,
         "Support tickets tagged delivery", ["delivery-sms", "delay-chat"], ("david",)),
        ("bulky-returns", "retention", "Returning a bulky item is hard to arrange", 4, 0.05, OBSERVED,
         "Support tickets, NPS verbatims", ["faq", "returns-portal", "support-ticket"], ()),
        ("slow-claims", "retention", "Damage claims take 9 days to resolve", 5, 0.03, OBSERVED,
         "Ticket system", ["support-ticket"], ("david",)),
        ("referral-limits", "advocacy", "Referral credit only on full-price items", 2, 0.2, ASSUMED,
         "Social comments", ["referral"], ()),
    ]
    # fmt: on
    for pain in pains:
        draft.pain_point(*pain)
    # fmt: off
    opportunities = [
        ("product-landing", "awareness", "Send search ads to matching product pages", ["wrong-landing"],
         3, 1, "Performance marketing", "Live since February: bounce from ads down to 52%.", DONE),
        ("frequency-cap", "awareness", "Stop retargeting after purchase", ["ad-fatigue"], 2, 1,
         "Performance marketing", "Exclude buyers for 60 days; cap at 3 views a day.", PLANNED),
        ("fit-checker", "consideration", "\"Will it fit?\" doorway and lift checker", ["fit-doubt"], 4, 4,
         "Product team", "Enter door, lift and stair sizes; the page says yes or no.", IN_PROGRESS),
        ("bot-handoff", "consideration", "Chatbot hands over to a person with context",
         ["bot-dead-end", "fit-doubt"], 3, 2, "Customer service",
         "After two failed answers the chat moves to an agent, with the question attached.", PLANNED),
        ("delivery-on-page", "purchase", "Show delivery fee and date on the product page",
         ["late-delivery-fee", "no-delivery-date"], 5, 2, "E-commerce",
         "Postcode check on the product page: fee and first available date.", PLANNED),
        ("cart-reminder", "purchase", "Abandoned-cart reminder email series", ["late-delivery-fee"], 4, 2,
         "CRM team", "Three-step reminder; wins back about 10% of abandoned carts (A/B test, Feb).", DONE),
        ("wallet-payments", "purchase", "Wallet payments and retry with a saved basket", ["payment-timeout"],
         4, 3, "Payments team", "Apple Pay and Google Pay skip the bank-app hand-off.", IN_PROGRESS),
        ("slot-guarantee", "retention", "Guaranteed delivery slots from one SMS sender",
         ["slot-changes"], 4, 3, "Logistics", "Same sender ID on every message; £10 credit if moved.", IDEA),
        ("bulky-collection", "retention", "Book collection of bulky returns online", ["bulky-returns"], 4, 3,
         "Customer service", "Pick a collection slot in the returns portal.", IDEA),
        ("photo-claims", "retention", "Photo-based damage claims resolved in 48 hours", ["slow-claims"], 3, 2,
         "Customer service", "Agents may approve a refund or part from the photos alone.", PLANNED),
        ("referral-everything", "advocacy", "Referral credit on all items", ["referral-limits"], 2, 1,
         "CRM team", "Dropped: margin on sale items too thin; Nest Club tiers instead.", DROPPED),
    ]
    # fmt: on
    for idea in opportunities:
        draft.opportunity(*idea)


def _metrics(draft: Draft) -> None:
    # key, attached to, name, kind, unit, value, target, better-is-lower, source
    # fmt: off
    rows = [
        ("impressions", "st-awareness", "Ad impressions", "ad_impressions", "impressions", 1_850_000,
         2_000_000, False, "Ads manager"),
        ("cpa", "st-awareness", "Cost per acquisition", "cost_per_acquisition", "£", 38, 30, True,
         "Finance and ads manager"),
        ("basket-rate", "st-consideration", "Product page to basket", "add_to_basket_rate", "%", 18, 20,
         False, "GA4"),
        ("signup-rate", "st-consideration", "Newsletter sign-up rate", "signup_rate", "%", 4.2, 4, False,
         "Email platform"),
        ("conversion", "st-purchase", "Conversion rate", "conversion_rate", "%", 2.1, 2.5, False, "GA4"),
        ("abandonment", "st-purchase", "Cart abandonment rate", "cart_abandonment_rate", "%", 68, 65, True,
         "GA4"),
        ("aov", "st-purchase", "Average order value", "average_order_value", "£", 142, 130, False,
         "Shop analytics"),
        ("frequency", "st-retention", "Purchase frequency", "purchase_frequency", "orders/year", 1.6, 1.8,
         False, "Shop analytics"),
        ("csat", "st-retention", "Post-delivery CSAT", "csat", "/5", 4.3, 4.2, False, "Post-delivery survey"),
        ("nps", "st-advocacy", "Net Promoter Score", "nps", "score", 41, 45, False, "Quarterly NPS survey"),
        ("referrals", "st-advocacy", "Referrals per advocate", "referral_rate", "friends", 2.4, 2, False,
         "Referral scheme"),
        ("email-open", "ln-email", "Email open rate", "email_open_rate", "%", 27, 25, False,
         "Email platform"),
        ("cart-recovery", "tp-cart-email", "Carts won back by the reminder", "cart_recovery_rate", "%", 10,
         10, False, "Email platform"),
        ("clv", None, "Customer lifetime value", "customer_lifetime_value", "£", 310, 350, False,
         "Finance"),
    ]
    # fmt: on
    for key, attached_to, name, kind, unit, value, target, lower, source in rows:
        draft.metric(
            key,
            attached_to,
            name,
            kind,
            unit=unit,
            value=value,
            target=target,
            better=LOWER if lower else Better.HIGHER,
            period=PERIOD,
            source=source,
        )


# source, target, share
# fmt: off
TOUCHPOINT_FLOWS = [
    ("search-ad", "product-page", 0.3),
    ("retargeting-ad", "product-page", 0.18),
    ("room-guide", "product-page", 0.25),
    ("room-guide", "newsletter-signup", 0.12),
    ("instagram-reel", "product-page", 0.2),
    ("instagram-reel", "newsletter-signup", 0.05),
    ("friend-tip", "product-page", 0.45),
    ("friend-tip", "showroom-visit", 0.15),
    ("design-fair", "showroom-visit", 0.25),
    ("design-fair", "group-advice", 0.1),
    ("group-advice", "showroom-visit", 0.3),
    ("group-advice", "product-page", 0.3),
    ("product-page", "compare-tool", 0.2),
    ("product-page", "basket", 0.18),
    ("product-page", "chatbot", 0.08),
    ("compare-tool", "basket", 0.22),
    ("chatbot", "advice-call", 0.3),
    ("chatbot", "basket", 0.15),
    ("advice-call", "basket", 0.35),
    ("newsletter-signup", "basket", 0.1),
    ("showroom-visit", "basket", 0.4),
    ("showroom-visit", "click-collect", 0.1),
    ("basket", "checkout", 0.55),
    ("checkout", "order-confirmation", 0.7),
    ("checkout", "checkout-chat", 0.06),
    ("checkout", "cart-email", 0.24),
    ("cart-email", "checkout", 0.1),
    ("checkout-chat", "order-confirmation", 0.6),
    ("order-confirmation", "delivery-sms", 0.8),
    ("order-confirmation", "click-collect", 0.2),
    ("delivery-sms", "care-email", 0.75),
    ("delivery-sms", "delay-chat", 0.1),
    ("delivery-sms", "support-ticket", 0.05),
    ("delivery-sms", "faq", 0.1),
    ("click-collect", "care-email", 0.6),
    ("delay-chat", "care-email", 0.7),
    ("faq", "support-ticket", 0.3),
    ("faq", "returns-portal", 0.4),
    ("support-ticket", "returns-portal", 0.4),
    ("support-ticket", "recovery-call", 0.35),
    ("returns-portal", "reorder-suggestions", 0.1),
    ("care-email", "reorder-suggestions", 0.2),
    ("care-email", "review-request", 0.3),
    ("reorder-suggestions", "nest-club", 0.25),
    ("review-request", "room-share", 0.12),
    ("nest-club", "referral", 0.25),
    ("recovery-call", "review-request", 0.3),
    ("referral", "friend-tip", 0.6),
]
# fmt: on


def _flows(draft: Draft) -> None:
    for source, target, share in TOUCHPOINT_FLOWS:
        draft.flow(f"{source}-{target}", f"tp-{source}", f"tp-{target}", share=share)
    customers = {key: count for key, _, count, *_ in STAGES}
    order = list(customers)
    for source, target in itertools.pairwise(order):
        share = round(customers[target] / customers[source], 3)
        draft.flow(
            f"{source}-{target}", f"st-{source}", f"st-{target}", share=share, volume=customers[target]
        )
    draft.flow(
        "retention-purchase", "st-retention", "st-purchase", share=0.3, volume=690, label="repeat order"
    )
    draft.flow("advocacy-awareness", "st-advocacy", "st-awareness", share=0.6, volume=324, label="referrals")


def _comments(draft: Draft) -> None:
    # fmt: off
    rows = [
        ("fit-evidence", "pp-fit-doubt", "9 of 12 interviewees measured their doorway before buying; "
         "3 still returned a sofa that did not fit.", "Aylin (CX research)", (2025, 3, 12, 10, 15), True),
        ("fee-test", "op-delivery-on-page", "Can we A/B test showing the fee on the product page before "
         "the summer sale?", "Tomasz (E-commerce)", (2025, 3, 20, 14, 2), False),
        ("cpa-target", "me-cpa", "Target set by finance for FY25; the spring campaign pushed CPA up.",
         "Lena (Performance marketing)", (2025, 4, 2, 9, 40), False),
        ("reminder-result", "op-cart-reminder", "A/B test done: 10.4% of abandoned carts recovered. "
         "Rolled out to all.", "Omar (CRM)", (2025, 2, 27, 16, 5), True),
        ("slot-partner", "tp-delivery-sms", "The delivery partner re-plans routes at 6 pm the day before: "
         "that is why slots move.", "Priya (Logistics)", (2025, 4, 8, 11, 30), False),
        ("referral-volume", "fl-advocacy-awareness", "324 advocates referred at least one friend; "
         "2.4 friends each on average, from the referral scheme report.", "Omar (CRM)",
         (2025, 4, 10, 13, 0), True),
        ("map-review", None, "Reviewed in the April workshop: next step is a persona view for David.",
         "Aylin (CX research)", (2025, 4, 14, 16, 20), False),
    ]
    # fmt: on
    for key, attached_to, text, author, when, resolved in rows:
        created = datetime(*when, tzinfo=UTC)
        draft.comment(key, attached_to, text, author=author, created=created, resolved=resolved)


WORKSHOP_DAY = (2025, 4, 14)
PARTICIPANTS = [
    ("aylin", "Aylin (CX research)"),
    ("tomasz", "Tomasz (E-commerce)"),
    ("lena", "Lena (Performance marketing)"),
    ("omar", "Omar (CRM)"),
    ("priya", "Priya (Logistics)"),
    ("jonas", "Jonas (Customer service)"),
]


def _workshop(draft: Draft) -> None:
    """The April workshop: the notes the room wrote, and one closed round of three dots each."""
    # key, stage, card (full id) or None, kind, text, author, (hour, minute)
    # fmt: off
    notes = [
        ("pinterest", "awareness", None, NoteKind.IDEA,
         "Try room-planner ads on Pinterest, where people plan whole rooms.", "Lena", (13, 20)),
        ("box-size", "consideration", "tp-product-page", NoteKind.IDEA,
         "Show the packed box size next to the product size: the box is what has to fit the lift.",
         "Jonas", (13, 34)),
        ("payment-calls", "purchase", "tp-checkout", NoteKind.PAIN,
         "People phone us to ask whether a payment went through after the bank app timed out.",
         "Jonas", (13, 52)),
        ("day-off", "retention", "tp-delivery-sms", NoteKind.QUOTE,
         "\u201cI took a day off work and nobody came.\u201d (interview 7)", "Aylin", (14, 5)),
        ("repeat-buyers", "advocacy", None, NoteKind.QUESTION,
         "Do advocates buy again within a year, or only recommend us?", "Omar", (14, 18)),
    ]
    # fmt: on
    for key, stage, card, kind, text, author, (hour, minute) in notes:
        created = datetime(*WORKSHOP_DAY, hour, minute, tzinfo=UTC)
        draft.note(key, stage, text, card=card, kind=kind, author=author, created=created)
    draft.voting_round(
        "fix-first",
        "What do we fix first?",
        date=datetime(*WORKSHOP_DAY, 14, 40, tzinfo=UTC),
        participants=tuple(Participant(id=key, name=name) for key, name in PARTICIPANTS),
        dots=3,
        votable=("pain_point", "opportunity"),
        closed=True,
    )
    # participant, element (full id), dots: each gives their three dots
    votes = [
        ("aylin", "pp-fit-doubt", 2), ("aylin", "op-delivery-on-page", 1),
        ("tomasz", "pp-late-delivery-fee", 2), ("tomasz", "op-delivery-on-page", 1),
        ("lena", "pp-late-delivery-fee", 2), ("lena", "op-fit-checker", 1),
        ("omar", "pp-late-delivery-fee", 1), ("omar", "pp-slot-changes", 1), ("omar", "op-slot-guarantee", 1),
        ("priya", "pp-slot-changes", 2), ("priya", "op-slot-guarantee", 1),
        ("jonas", "pp-slow-claims", 2), ("jonas", "pp-slot-changes", 1),
    ]  # fmt: skip
    for participant, element, dots in votes:
        draft.vote(f"{participant}-{element}", "fix-first", participant, element, dots)
