"""The URL schemes of apprise's services, for checking a configuration without apprise.

Importing apprise to look a scheme up costs ≈ 0.4 s and ≈ 15 MB (its registry loads all
of its plugins), too much for every ``check`` of an unchanged page. This table is a copy
of what apprise 2.3.0 declares; ``tests/test_urls.py`` holds it to the installed
apprise's own declarations (``Apprise().details()``), so an upgrade that adds or drops a
service fails that test until the table is updated.
"""

from __future__ import annotations

APPRISE_SCHEMES = frozenset(
    """
    46elks acs amqp amqps apprise apprises aprs atalk awswhatsapp azure bale bark barks
    betterstack bluesky brevo bsky bulksms bulkvs burstsms chanify clickatell clicksend cliq
    cm d7sms dapnet deltachat deltachats dingtalk discord dot eight00com elks emby embys
    enigma2 enigma2s evolution evolutions exotel feishu firehydrant flock flowtriq flowtriqs
    fluxer fluxers form forms freemobile gchat github goalert goalerts gorush gorushs gotify
    gotifys groundmail groupme guilded gupshup hassio hassios httpsms humhub humhubs ifttt
    ilert incidentio infobip instagram irc ircs jellyfin jellyfins jira join json jsons
    kakao kakaotalk kaleyra kavenegar klr kodi kodis kook kudosity kumulos lametric
    lametrics lark lauther lfg line mailersend mailgun mailto mailtos mastodon mastodons
    matrix matrixs misskey misskeys mmost mmosts mobilemessage mobilemsg msg91 msgbird
    ncloud nclouds nctalk nctalks nexmo nostr notica noticas notifiarr notifico notificos
    notifyapp notifyre ntfy ntfys o365 octopush onebot onebots onesignal opsgenie opsimate
    opsimates pagerduty pagertree parsep parseps pbul pinglet pinglets pingram pjet pjets
    plivo postmark pover prowl psafer psafers push pushdeer pushdeers pushed pushme pushplus
    pushward pushy qq reddit resend revolt ringc rocket rockets rsyslog ryver schan sendgrid
    sendpulse serwersms ses seven sfr signal signalgrid signals signl4 simplepush sinch
    slack smsc smseagle smseagles smsmanager smsmgr smstunnel smtp2go sns sparkpost spike
    splunk spugpush spush squadcast stackfield strmlabs synology synologys syslog telesign
    telnyx tgram threema toot toots trigv trigvs tweet twilio twist twitter viber victorops
    voipms vonage webex wechat wecom wecombot whapi whatsapp workflow workflows wpush
    wxpusher wxteams x xbmc xbmcs xmatters xml xmls youlmk zalo zcliq zohocliq zoom zulip
    """.split()  # noqa: SIM905 - a word list reads and diffs best as text
)
