"""The three stage models of the seed articles, as tables for scripts/build_resources.py.

Each spec gives stages, channel lanes, text-lane cells, touchpoints, pain points,
opportunities, stage metrics and the flows that close the cycle. Row formats:

- touchpoints: (key, stage, lane, title, emotion, owner, description)
- pain_points: (key, stage, title, severity, affected share, evidence, source, touchpoints)
- opportunities: (key, stage, title, pain points, impact, effort, owner, description)
- metrics: (key, stage, name, kind, unit, better)
- loops: (source stage, target stage, label), besides the stage-to-next-stage flows
"""

from __future__ import annotations

from typing import Any

from journeymap.model.elements import Better, Channel, Evidence

OBSERVED, ASSUMED = Evidence.OBSERVED, Evidence.ASSUMED
HIGHER, LOWER = Better.HIGHER, Better.LOWER

# ---- the templates -------------------------------------------------------------------
# touchpoints: (key, stage, lane, title, emotion, owner, description)
# pain_points: (key, stage, title, severity, affected share, evidence, source, touchpoints)
# opportunities: (key, stage, title, pain points, impact, effort, owner, description)
# metrics: (key, stage, name, kind, unit, better)

_LIFECYCLE_SOURCE = (
    'Stage model from the article "Müşteri Yaşam Döngüsü: Bilmeniz Gereken Her Şey" '
    "(Customer lifecycle for online businesses, Turkish, 2022-09-15) and its Arabic edition "
    '"دورة حياة العميل للأعمال عبر الإنترنت".'
)

# fmt: off
CUSTOMER_LIFECYCLE: dict[str, Any] = {
    "title": "Customer lifecycle",
    "description": "Awareness, consideration, purchase, retention and advocacy; advocates refer new "
    "customers who enter at awareness again, so the lifecycle is a cycle, not a funnel. "
    + _LIFECYCLE_SOURCE,
    "stages": [
        ("awareness", "Awareness", "The customer first learns about the business: a web search, an ad, "
         "a review or article in a blog or magazine, word of mouth.", "Find a brand that meets a need"),
        ("consideration", "Consideration", "The customer weighs the value on offer against competitors "
         "and how well it fits their daily life.", "Be sure it fits my needs and budget"),
        ("purchase", "Purchase", "Money changes hands; even ready buyers can drop out at the last "
         "minute.", "Buy without friction or surprises"),
        ("retention", "Retention", "After the first purchase: will they buy again? Service, help and "
         "personal advice keep the relationship going.", "Get the promised value and help when needed"),
        ("advocacy", "Advocacy", "Repeat customers with a strong, positive bond recommend the brand "
         "to others.", "Be recognised for my loyalty"),
    ],
    "channels": [
        ("web", "Web", Channel.WEB),
        ("ads", "Ads", Channel.ADS),
        ("social", "Social", Channel.SOCIAL),
        ("email", "Email", Channel.EMAIL),
        ("chat", "Chat", Channel.CHAT),
        ("phone", "Phone", Channel.PHONE),
        ("word-of-mouth", "Word of mouth", Channel.WORD_OF_MOUTH),
    ],
    "text": {
        "goals": ("Customer goals", {
            "awareness": "Solve a problem or fill a need I have just noticed.",
            "consideration": "Compare options and trust that this one is right for me.",
            "purchase": "Pay quickly and safely, knowing delivery and refunds are covered.",
            "retention": "Get the most from what I bought; get answers fast.",
            "advocacy": "Share something good and be rewarded for it.",
        }),
        "thoughts": ("Thoughts", {
            "awareness": "Who are they? Have I seen this before?",
            "consideration": "Is it better than the alternatives? What do other customers say?",
            "purchase": "What will delivery cost? Can I send it back?",
            "retention": "Was this worth it? Will they help if something goes wrong?",
            "advocacy": "My friends would like this too.",
        }),
        "backstage": ("Backstage processes", {
            "awareness": "Collect audience data (age, gender, income, shops, sites, platforms, brands); "
            "test ad budgets by channel.",
            "consideration": "Keep product pages, comparisons and case studies current; personalise email.",
            "purchase": "Analyse where carts are abandoned; send reminders to consenting customers.",
            "retention": "Route feedback to the right department; maintain FAQs and guides.",
            "advocacy": "Run the tiered loyalty and referral programmes; close the loop on complaints.",
        }),
    },
    "touchpoints": [
        ("web-search", "awareness", "web", "Web search and SEO", 0, "Marketing",
         "The customer searches for a need and finds the shop in organic results."),
        ("paid-ads", "awareness", "ads", "Paid ads and PPC", 0, "Marketing",
         "Search and display campaigns on online ad networks."),
        ("social-ads", "awareness", "social", "Social media ads and posts", 1, "Marketing",
         "Posts and paid social aimed at the audience's interests."),
        ("article", "awareness", "web", "Review or article in a blog or magazine", 1, "PR",
         "Third-party coverage that introduces the brand."),
        ("word-of-mouth", "awareness", "word-of-mouth", "Word of mouth", 2, "",
         "A friend or colleague mentions the brand."),
        ("product-pages", "consideration", "web", "Product pages, ratings and reviews", 1, "E-commerce",
         "Features, specifications, customer ratings and first-hand accounts."),
        ("compare-tool", "consideration", "web", "Product comparison tool", 0, "E-commerce",
         "Side-by-side comparison of similar products on the shop."),
        ("case-studies", "consideration", "social", "Case studies and testimonials", 1, "Marketing",
         "Stories of customers with similar needs."),
        ("personal-email", "consideration", "email", "Personalised email", 1, "CRM",
         "Addressed by name: discounts, product updates, how-to articles and tutorials."),
        ("chatbot", "consideration", "chat", "Live chat and AI chatbot", 0, "Customer service",
         "Direct answers on the website and social pages."),
        ("checkout", "purchase", "web", "Checkout", -1, "E-commerce",
         "Basket, delivery options and payment."),
        ("heard-about", "purchase", "web", "\"How did you hear about us?\" question", 0, "Marketing",
         "One multiple-choice question at checkout or sign-up."),
        ("cart-email", "purchase", "email", "Abandoned-cart email", 0, "CRM",
         "\"You left something in your basket\" to customers who consented to marketing."),
        ("checkout-chat", "purchase", "chat", "In-page chat at checkout", 1, "Customer service",
         "Contextual help with technical problems, delivery or refund questions."),
        ("faq", "retention", "web", "FAQs and troubleshooting guides", 0, "Customer service",
         "Self-help on the website."),
        ("support-call", "retention", "phone", "Support calls and tickets", -1, "Customer service",
         "The customer asks for help with an order or product."),
        ("tips-email", "retention", "email", "Tips and personal recommendations", 1, "CRM",
         "Advice on the purchase and offers on products they are likely to like."),
        ("feedback", "retention", "email", "Feedback on the last purchase", 0, "CX",
         "Asking for their view closes the loop on earlier concerns."),
        ("loyalty", "advocacy", "web", "Tiered loyalty programme", 1, "CRM",
         "Material and prestige rewards that grow with spending."),
        ("referral", "advocacy", "word-of-mouth", "Referral scheme", 2, "Marketing",
         "Discounts or bonuses for referring new customers."),
        ("social-share", "advocacy", "social", "Likes, comments and shares", 1, "Marketing",
         "Advocates engage with and share the brand's posts."),
        ("recovery-call", "advocacy", "phone", "Personal reply after a bad experience", 1, "Customer service",
         "A personal response and solution to a customer who reported a problem."),
    ],
    "pain_points": [
        ("not-relevant", "awareness", "Messages reach me at the wrong time or place", 2, 0.4, ASSUMED,
         "Ad analytics", ["paid-ads", "social-ads"]),
        ("hard-to-compare", "consideration", "Hard to compare products and features", 3, 0.3, ASSUMED,
         "Customer interviews", ["product-pages", "compare-tool"]),
        ("unanswered", "consideration", "Questions go unanswered while deciding", 3, 0.2, ASSUMED,
         "Chat transcripts", ["chatbot"]),
        ("last-minute", "purchase", "Deal breaks at the last minute: cart abandoned", 4, 0.7, OBSERVED,
         "Checkout analytics", ["checkout"]),
        ("technical", "purchase", "Technical problems at checkout", 5, 0.05, OBSERVED,
         "Error logs", ["checkout"]),
        ("delivery-worry", "purchase", "Delivery or refund worries", 3, 0.25, ASSUMED,
         "Exit survey", ["checkout", "checkout-chat"]),
        ("price-doubt", "purchase", "Price or quality doubts", 3, 0.2, ASSUMED,
         "Exit survey", ["checkout"]),
        ("no-answer", "retention", "Cannot find an answer after buying", 3, 0.15, ASSUMED,
         "Support tickets", ["faq", "support-call"]),
        ("unnoticed", "advocacy", "Loyalty goes unnoticed", 2, 0.3, ASSUMED,
         "Loyalty survey", ["loyalty"]),
    ],
    "opportunities": [
        ("audience-data", "awareness", "Target campaigns from audience data", ["not-relevant"], 3, 3,
         "Marketing", "Right message, right time, right place: build campaigns around goals and interests."),
        ("clear-comparison", "consideration", "Clearer comparisons with case studies", ["hard-to-compare"],
         3, 2, "E-commerce", "Simplify weighing features and benefits; show customers like them."),
        ("visible-chat", "consideration", "Visible live chat and AI chatbot",
         ["unanswered", "delivery-worry"], 4, 3, "Customer service",
         "Answer questions directly on the website and social pages."),
        ("cart-reminder", "purchase", "Abandoned-cart reminder email", ["last-minute"], 4, 2, "CRM",
         "\"You left something in your basket\" wins back about 10% of abandoned carts."),
        ("exit-feedback", "purchase", "Ask why buyers leave", ["price-doubt", "last-minute"], 3, 1, "CX",
         "Collect reasons through chat and surveys and pass them to the right department."),
        ("fix-checkout", "purchase", "Fix checkout errors found in analytics", ["technical"], 5, 3,
         "E-commerce", "Use data from earlier customers to find the hand-off points that fail."),
        ("self-help", "retention", "Self-help guides and a check-in after purchase", ["no-answer"], 3, 2,
         "Customer service", "FAQs, troubleshooting guides, tips on what they bought."),
        ("tiered-rewards", "advocacy", "Tiered rewards and a referral plan", ["unnoticed"], 4, 3, "CRM",
         "Recognise advocates and measure the value each one brings."),
    ],
    "metrics": [
        ("cpa", "awareness", "Cost per acquisition", "cost_per_acquisition", "$", LOWER),
        ("impressions", "awareness", "Ad impressions", "ad_impressions", "impressions", HIGHER),
        ("ctr", "consideration", "Click-through rate", "click_through_rate", "%", HIGHER),
        ("email-open", "consideration", "Email open rate", "email_open_rate", "%", HIGHER),
        ("conversion", "purchase", "Conversion rate", "conversion_rate", "%", HIGHER),
        ("aov", "purchase", "Average order value", "average_order_value", "$", HIGHER),
        ("abandonment", "purchase", "Cart abandonment rate", "cart_abandonment_rate", "%", LOWER),
        ("frequency", "retention", "Purchase frequency", "purchase_frequency", "orders/year", HIGHER),
        ("retention-rate", "retention", "Retention rate", "retention_rate", "%", HIGHER),
        ("nps", "advocacy", "Net Promoter Score", "nps", "score", HIGHER),
        ("engagement", "advocacy", "Likes and comments per post", "social_engagement", "per post", HIGHER),
    ],
    "loops": [("advocacy", "awareness", "referrals")],
}
# fmt: on

# fmt: off
LIFECYCLE_MARKETING: dict[str, Any] = {
    "title": "Lifecycle marketing",
    "description": "Reach, acquisition, conversion, retention and loyalty, with the marketing tactics "
    "for each stage; loyal users sell the products organically and bring new reach. Stage model from "
    "the article \"Marketing cyklu życia klienta 101: Jak wykorzystać proces zakupu klienta\" "
    "(Customer lifecycle marketing 101, Polish, 2022-09-01).",
    "stages": [
        ("reach", "Reach", "Brand recognition: how many potential customers know the brand or product. "
         "First impressions count.", "Notice a brand that stands out"),
        ("acquisition", "Acquisition", "The customer liked what they saw and leaves contact details: an "
         "account, a newsletter, marketing offers by phone or email.", "Get offers worth my details"),
        ("conversion", "Conversion", "The customer decides to do business with the company; paying takes "
         "trust and is often the biggest hurdle.", "Trust the shop enough to pay"),
        ("retention", "Retention", "Keeping the promises that were sold: smooth, complete purchases, fast "
         "shipping, a product of top quality.", "Get what was promised, on time"),
        ("loyalty", "Loyalty", "Customers who have bought before and can be encouraged to buy again.",
         "Be valued as a returning customer"),
    ],
    "channels": [
        ("web", "Web", Channel.WEB),
        ("ads", "Ads", Channel.ADS),
        ("social", "Social", Channel.SOCIAL),
        ("email", "Email", Channel.EMAIL),
        ("phone", "Phone and SMS", Channel.PHONE),
        ("chat", "Chat", Channel.CHAT),
        ("word-of-mouth", "Word of mouth", Channel.WORD_OF_MOUTH),
    ],
    "text": {
        "goals": ("Customer goals", {
            "reach": "Find something that solves my problem.",
            "acquisition": "Hear about promotions and the latest offers.",
            "conversion": "Buy with confidence and pay without trouble.",
            "retention": "Receive the order quickly, without problems or delays.",
            "loyalty": "Get exclusive deals from a brand I trust.",
        }),
        "thoughts": ("Thoughts", {
            "reach": "Never heard of them. Are they any good?",
            "acquisition": "Is the newsletter worth it? Will they spam me?",
            "conversion": "Other buyers seem happy. Will my payment go through?",
            "retention": "Does it meet my expectations?",
            "loyalty": "I keep coming back here; I tell friends about it.",
        }),
        "backstage": ("Backstage processes", {
            "reach": "SEO on site structure and content; performance-marketing campaigns; "
            "employee development for organic reach.",
            "acquisition": "Landing page and newsletter platform; custom caller ID for SMS.",
            "conversion": "Review collection; checkout optimisation for payment acceptance.",
            "retention": "Order monitoring; service team asks whether the purchase met expectations.",
            "loyalty": "Range updates by email; exclusive offers for loyal customers.",
        }),
    },
    "touchpoints": [
        ("seo", "reach", "web", "Search engine optimisation", 0, "Marketing",
         "Small changes to structure and content so the shop ranks on the first page."),
        ("paid-campaign", "reach", "ads", "Paid ad campaign", 0, "Performance marketing",
         "Campaigns paid per click, conversion or sale that drive customers to the shop."),
        ("omnichannel", "reach", "social", "Consistent brand on every platform", 1, "Marketing",
         "A recognisable design across email, social media and the website."),
        ("employee-wom", "reach", "word-of-mouth", "Word of mouth through employees", 1, "People team",
         "Staff who talk about the brand bring organic reach."),
        ("landing-page", "acquisition", "web", "Landing page with sign-up form", 0, "Marketing",
         "A compelling argument in short copy; a little light humour builds trust."),
        ("newsletter", "acquisition", "email", "Newsletter with promotions", 1, "CRM",
         "Subscribers get access to promotions and the latest offers."),
        ("sms-optin", "acquisition", "phone", "SMS offers from one caller ID", 0, "CRM",
         "The same number on every device, so messages are recognised."),
        ("reviews", "conversion", "social", "Positive reviews from other customers", 1, "Marketing",
         "Customers are encouraged to post reviews others can see."),
        ("checkout", "conversion", "web", "Checkout page", -1, "E-commerce",
         "Payment: the step where trust is tested."),
        ("ai-chatbot", "conversion", "chat", "Conversational AI chatbot", 1, "Customer service",
         "Direct customer service while deciding."),
        ("shipping", "retention", "email", "Shipping and delivery updates", 0, "Logistics",
         "Fast shipping so the goods arrive without problems or delay."),
        ("service-check", "retention", "phone", "Service check-in on the purchase", 1, "Customer service",
         "Asking directly whether the purchase meets expectations."),
        ("upsell", "retention", "web", "Upsell at checkout", 0, "E-commerce",
         "Showing what others bought alongside the chosen products."),
        ("cart-reminder", "retention", "email", "Abandoned-cart reminder", 0, "CRM",
         "An automated reminder to customers who left their basket."),
        ("range-updates", "loyalty", "email", "Regular range updates", 1, "CRM",
         "Email updates about the range, kept short and to the point."),
        ("exclusive-offers", "loyalty", "web", "Exclusive offers for loyal customers", 2, "CRM",
         "Rewards for their support."),
        ("organic-sales", "loyalty", "word-of-mouth", "Loyal users recommend the products", 2, "",
         "An army of loyal users who sell the products organically."),
    ],
    "pain_points": [
        ("not-found", "reach", "Cannot find the shop in search results", 3, 0.5, ASSUMED,
         "Search console", ["seo", "paid-campaign"]),
        ("why-sign-up", "acquisition", "Unclear why to leave contact details", 3, 0.6, ASSUMED,
         "Landing page analytics", ["landing-page", "newsletter"]),
        ("unknown-number", "acquisition", "Messages from changing numbers look like spam", 3, 0.2,
         ASSUMED, "Opt-out reasons", ["sms-optin"]),
        ("no-trust", "conversion", "Not enough trust to pay", 4, 0.35, ASSUMED,
         "Exit survey", ["reviews", "checkout"]),
        ("payment-declined", "conversion", "Payment declined at checkout", 5, 0.08, OBSERVED,
         "Payment provider reports", ["checkout"]),
        ("late-shipping", "retention", "Slow or late shipping", 4, 0.15, OBSERVED,
         "Support tickets", ["shipping"]),
        ("expectations", "retention", "Product falls short of expectations", 4, 0.1, ASSUMED,
         "Returns reasons", ["service-check"]),
        ("same-offers", "loyalty", "Loyal customers get the same offers as everyone", 2, 0.3, ASSUMED,
         "Customer interviews", ["range-updates", "exclusive-offers"]),
    ],
    "opportunities": [
        ("seo-and-ads", "reach", "SEO plus a performance campaign", ["not-found"], 4, 3, "Marketing",
         "More clicks also count as organic growth and lift the shop in search rankings."),
        ("landing-pitch", "acquisition", "Landing page with a short, convincing pitch", ["why-sign-up"],
         3, 2, "Marketing", "Promise promotions and the latest offers in a few lines."),
        ("caller-id", "acquisition", "Custom caller ID for SMS and calls", ["unknown-number"], 2, 2, "CRM",
         "Call and text customers from the same number on any device."),
        ("collect-reviews", "conversion", "Encourage positive reviews", ["no-trust"], 4, 2, "Marketing",
         "Reviews that others can see build the trust needed to pay."),
        ("optimise-checkout", "conversion", "Optimise the checkout page", ["payment-declined"], 5, 3,
         "E-commerce", "Raise the payment acceptance rate."),
        ("fast-shipping", "retention", "Fast shipping with tracking", ["late-shipping"], 4, 4, "Logistics",
         "Deliver without problems or delay."),
        ("ask-expectations", "retention", "Ask customers if the purchase met expectations",
         ["expectations"], 3, 1, "Customer service", "A service system that monitors each purchase."),
        ("loyal-exclusives", "loyalty", "Exclusive offers as a reward for loyalty", ["same-offers"], 3, 2,
         "CRM", "Build the relationship with loyal customers."),
    ],
    "metrics": [
        ("reach", "reach", "People reached", "reach", "people", HIGHER),
        ("impressions", "reach", "Ad impressions", "ad_impressions", "impressions", HIGHER),
        ("signup-rate", "acquisition", "Sign-up rate", "signup_rate", "%", HIGHER),
        ("cpa", "acquisition", "Cost per acquisition", "cost_per_acquisition", "$", LOWER),
        ("conversion", "conversion", "Conversion rate", "conversion_rate", "%", HIGHER),
        ("acceptance", "conversion", "Payment acceptance rate", "payment_acceptance_rate", "%", HIGHER),
        ("repeat", "retention", "Repeat purchase rate", "repeat_purchase_rate", "%", HIGHER),
        ("churn", "retention", "Churn rate", "churn_rate", "%", LOWER),
        ("frequency", "loyalty", "Purchase frequency", "purchase_frequency", "orders/year", HIGHER),
        ("clv", "loyalty", "Customer lifetime value", "customer_lifetime_value", "$", HIGHER),
        ("email-open", "loyalty", "Email open rate", "email_open_rate", "%", HIGHER),
    ],
    "loops": [("loyalty", "reach", "word of mouth"), ("loyalty", "conversion", "repeat purchase")],
}
# fmt: on

# fmt: off
DIGITAL_JOURNEY: dict[str, Any] = {
    "title": "Digital customer journey",
    "description": "Awareness, engagement, transaction / fulfilment and retention: the path an internet "
    "user takes from noticing a need to staying a customer, across every digital channel. Customers "
    "come back, and those who feel heard tell others. Stage model from the article \"Dijital müşteri "
    "yolculuğu optimizasyonu: Bütünsel bir yaklaşım\" (Digital customer journey optimisation, "
    "Turkish, 2022-11-01).",
    "stages": [
        ("awareness", "Awareness", "Discovery: the customer realises something is missing and searches "
         "the internet for a product or service.", "Find what I need"),
        ("engagement", "Engagement", "The customer knows what they want and what the brand offers; "
         "relevant, valuable content gives them a reason to engage.", "Learn enough to decide"),
        ("transaction", "Transaction / Fulfilment", "The customer buys and a record is created; reviews, "
         "support requests and recommendations follow.", "Buy and get it as promised"),
        ("retention", "Retention", "Keeping the connection: satisfied customers who do not lose interest. "
         "Often the most important stage.", "Keep getting value; be heard"),
    ],
    "channels": [
        ("web", "Web", Channel.WEB),
        ("ads", "Search and ads", Channel.ADS),
        ("social", "Social", Channel.SOCIAL),
        ("email", "Email", Channel.EMAIL),
        ("chat", "Chat", Channel.CHAT),
        ("phone", "Phone", Channel.PHONE),
    ],
    "text": {
        "goals": ("Customer goals", {
            "awareness": "Find a product or service for a need, from a new phone to a broken screen.",
            "engagement": "Get my questions answered without being sold to.",
            "transaction": "Complete the purchase and get support when I need it.",
            "retention": "Stay satisfied and keep getting value.",
        }),
        "thoughts": ("Thoughts", {
            "awareness": "Who can help me with this?",
            "engagement": "This guide is useful; they know their subject.",
            "transaction": "Did it arrive as promised? Who do I ask if not?",
            "retention": "They listen to me; I will tell my friends.",
        }),
        "backstage": ("Backstage processes", {
            "awareness": "Strong web presence; customer service ready to answer first questions.",
            "engagement": "Data analysis and social listening decide which content to make next.",
            "transaction": "Order records; alerts from every channel reach the support team at once.",
            "retention": "Surveys and polls explain why customers stop; everyone in the organisation "
            "reviews the journey.",
        }),
    },
    "touchpoints": [
        ("search", "awareness", "web", "Internet search for a need", 0, "Marketing",
         "The customer researches the product or service they need."),
        ("search-ads", "awareness", "ads", "Search ads", 0, "Performance marketing",
         "Paid results for the need they searched for."),
        ("social-posts", "awareness", "social", "Social media posts", 1, "Marketing",
         "Content the market segment sees on social platforms."),
        ("first-question", "awareness", "chat", "First question to customer service", 0, "Customer service",
         "Customer service ready for any question they might ask."),
        ("tutorials", "engagement", "web", "Tutorials and blog posts", 1, "Content",
         "Relevant, valuable content that answers their questions."),
        ("e-guides", "engagement", "email", "E-books and e-guides", 1, "Content",
         "Downloadable guides delivered by email."),
        ("social-replies", "engagement", "social", "Replies and comments on social", 1, "Community",
         "Conversations picked up by social listening."),
        ("personal-content", "engagement", "web", "Personalised content", 1, "Marketing",
         "What the site shows depends on the customer's segment."),
        ("purchase", "transaction", "web", "Purchase and account record", 0, "E-commerce",
         "The purchase creates a record in the system."),
        ("review-request", "transaction", "email", "Review request", 0, "CRM",
         "Asking for a review after the purchase."),
        ("support-request", "transaction", "chat", "Support request", -1, "Customer service",
         "Help with the order or its fulfilment."),
        ("recommendations", "transaction", "email", "Product recommendations", 1, "CRM",
         "Further purchases in the same or a later session."),
        ("survey", "retention", "email", "Satisfaction survey and polls", 0, "CX",
         "Why customers behave differently than expected."),
        ("phone-support", "retention", "phone", "Phone call to support", -1, "Customer service",
         "Every touchpoint counts, even when someone phones."),
        ("community", "retention", "social", "Customer community on social", 1, "Community",
         "Customers share how good the product or service is."),
        ("repeat-purchase", "retention", "web", "Repeat purchase", 2, "E-commerce",
         "Customers come back."),
    ],
    "pain_points": [
        ("not-found", "awareness", "Brand not found when searching", 3, 0.4, ASSUMED,
         "Search analytics", ["search", "search-ads"]),
        ("irrelevant", "engagement", "Content is not relevant to me", 2, 0.35, ASSUMED,
         "Social listening", ["tutorials", "personal-content"]),
        ("no-next-step", "engagement", "Views products but does not engage further", 3, 0.5, OBSERVED,
         "Web analytics", ["personal-content"]),
        ("missed-query", "transaction", "Question missed when switching channels", 4, 0.15, OBSERVED,
         "Support tickets", ["support-request"]),
        ("fulfilment", "transaction", "Fulfilment differs from what was expected", 3, 0.1, ASSUMED,
         "Reviews", ["purchase", "review-request"]),
        ("just-a-number", "retention", "Feels like a number in a database", 3, 0.25, ASSUMED,
         "Survey verbatims", ["survey", "phone-support"]),
        ("loses-interest", "retention", "Loses interest after the purchase", 3, 0.4, ASSUMED,
         "Repeat purchase data", ["community", "repeat-purchase"]),
    ],
    "opportunities": [
        ("web-presence", "awareness", "Strong web presence for every need", ["not-found"], 4, 3, "Marketing",
         "Be found when the need arises."),
        ("social-listening", "engagement", "Tailor content with social listening", ["irrelevant"], 3, 2,
         "Content", "See which content creates more engagement and adapt future content."),
        ("surveys", "engagement", "Ask why customers do not move on",
         ["no-next-step", "loses-interest"], 3, 1, "CX",
         "Surveys and polls show how to bring them to the purchase stage."),
        ("omnichannel-alerts", "transaction", "One support queue for every channel", ["missed-query"], 5, 4,
         "Customer service", "Support gets alerts from every channel at once and misses no query."),
        ("personalise", "retention", "Personalise at scale", ["just-a-number", "fulfilment"], 4, 4,
         "Marketing", "Use the right data for each segment; keep the method scalable."),
        ("everyone", "retention", "Everyone on the journey", ["just-a-number"], 3, 2, "Management",
         "Marketers, developers, designers and finance review the journey and give feedback."),
    ],
    "metrics": [
        ("organic", "awareness", "Organic search visits", "organic_traffic", "visits", HIGHER),
        ("impressions", "awareness", "Ad impressions", "ad_impressions", "impressions", HIGHER),
        ("cpa", "awareness", "Cost per acquisition", "cost_per_acquisition", "$", LOWER),
        ("engagement", "engagement", "Engagement rate", "social_engagement", "%", HIGHER),
        ("email-open", "engagement", "Email open rate", "email_open_rate", "%", HIGHER),
        ("conversion", "transaction", "Conversion rate", "conversion_rate", "%", HIGHER),
        ("aov", "transaction", "Average order value", "average_order_value", "$", HIGHER),
        ("tickets", "transaction", "Support requests per 100 orders", "support_contact_rate", "per 100",
         LOWER),
        ("retention-rate", "retention", "Retention rate", "retention_rate", "%", HIGHER),
        ("csat", "retention", "Customer satisfaction (CSAT)", "csat", "%", HIGHER),
        ("nps", "retention", "Net Promoter Score", "nps", "score", HIGHER),
    ],
    "loops": [
        ("retention", "engagement", "customers come back"),
        ("retention", "awareness", "recommendations"),
    ],
}
# fmt: on

TEMPLATES: dict[str, dict[str, Any]] = {
    "customer-lifecycle": CUSTOMER_LIFECYCLE,
    "lifecycle-marketing": LIFECYCLE_MARKETING,
    "digital-journey": DIGITAL_JOURNEY,
}
