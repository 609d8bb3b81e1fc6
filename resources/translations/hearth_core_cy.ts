<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>Disclosure</name>
    <message>
        <source>For publication: counts from 1 to %1 are shown as * (primary suppression); zero is shown as 0. Where a hidden count could be worked out from a visible total, the smallest other non-zero count in that row or column is hidden too (secondary suppression). Percentages based on a hidden count are hidden. Totals are calculated from the true figures; a total from 1 to %1 is itself hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for publication: true figures, including small counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: any other Black, Black British or Caribbean background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: any other Mixed or multiple ethnic background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young adult (16–25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed forces veteran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sight or hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP or primary care network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary, community or faith partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (Article 6(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task (Article 6(1)(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests (Article 6(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation (Article 6(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined further support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
