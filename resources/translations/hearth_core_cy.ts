<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>Disclosure</name>
    <message>
        <source>For publication: counts from 1 to %1 are shown as * (primary suppression); zero is shown as 0. Where a hidden count could be worked out from a visible total, the smallest other non-zero count in that row or column is hidden too (secondary suppression). Percentages based on a hidden count are hidden. Totals are calculated from the true figures; a total from 1 to %1 is itself hidden.</source>
        <translation>I&apos;w gyhoeddi: dangosir cyfrifon o 1 i %1 fel * (ataliad cynradd); dangosir sero fel 0. Lle y gellid cyfrifo cyfrif cudd o gyfanswm gweladwy, mae&apos;r cyfrif lleiaf arall nad yw&apos;n sero yn y rhes neu&apos;r golofn honno wedi&apos;i guddio hefyd (ataliad eilaidd). Mae canrannau sy&apos;n seiliedig ar gyfrif cudd wedi&apos;u cuddio. Cyfrifir cyfansymiau o&apos;r ffigurau gwir; mae cyfanswm o 1 i %1 wedi&apos;i guddio ei hun.</translation>
    </message>
    <message>
        <source>Not for publication: true figures, including small counts.</source>
        <translation>Nid i&apos;w gyhoeddi: ffigurau gwir, gan gynnwys cyfrifon bach.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Mae&apos;n well gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Asian: Bangladeshi</source>
        <translation>Asiaidd: Bangladeshaidd</translation>
    </message>
    <message>
        <source>Asian: Chinese</source>
        <translation>Asiaidd: Tsieineaidd</translation>
    </message>
    <message>
        <source>Asian: Indian</source>
        <translation>Asiaidd: Indiaidd</translation>
    </message>
    <message>
        <source>Asian: Pakistani</source>
        <translation>Asiaidd: Pacistanaidd</translation>
    </message>
    <message>
        <source>Asian: any other Asian background</source>
        <translation>Asiaidd: unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <source>Black: African</source>
        <translation>Du: Affricanaidd</translation>
    </message>
    <message>
        <source>Black: Caribbean</source>
        <translation>Du: Caribïaidd</translation>
    </message>
    <message>
        <source>Black: any other Black, Black British or Caribbean background</source>
        <translation>Du: unrhyw gefndir Du, Du Prydeinig neu Garibïaidd arall</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <translation>Cymysg: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <translation>Cymysg: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <translation>Cymysg: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>Mixed: any other Mixed or multiple ethnic background</source>
        <translation>Cymysg: unrhyw gefndir ethnig Cymysg neu luosog arall</translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <translation>Gwyn: unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation>Grŵp ethnig arall: Arabaidd</translation>
    </message>
    <message>
        <source>Other ethnic group: any other ethnic group</source>
        <translation>Grŵp ethnig arall: unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Yes, a lot</source>
        <translation>Ydy, yn fawr</translation>
    </message>
    <message>
        <source>Yes, a little</source>
        <translation>Ydy, ychydig</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Dim o gwbl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Pobl hŷn</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Person sy&apos;n gadael gofal</translation>
    </message>
    <message>
        <source>First-time parent</source>
        <translation>Rhiant am y tro cyntaf</translation>
    </message>
    <message>
        <source>Young adult (16–25)</source>
        <translation>Oedolyn ifanc (16–25)</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Anabl</translation>
    </message>
    <message>
        <source>Bereaved</source>
        <translation>Mewn profedigaeth</translation>
    </message>
    <message>
        <source>Long-term condition</source>
        <translation>Cyflwr hirdymor</translation>
    </message>
    <message>
        <source>New to the area</source>
        <translation>Newydd i&apos;r ardal</translation>
    </message>
    <message>
        <source>Armed forces veteran</source>
        <translation>Cyn-filwr y lluoedd arfog</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>Digital exclusion</source>
        <translation>Allgáu digidol</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Symudedd</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation>Cyfrifoldebau gofalu</translation>
    </message>
    <message>
        <source>Sight or hearing</source>
        <translation>Golwg neu glyw</translation>
    </message>
    <message>
        <source>Ward councillor</source>
        <translation>Cynghorydd ward</translation>
    </message>
    <message>
        <source>GP or primary care network</source>
        <translation>Meddyg teulu neu rwydwaith gofal sylfaenol</translation>
    </message>
    <message>
        <source>Social prescriber</source>
        <translation>Rhagnodydd cymdeithasol</translation>
    </message>
    <message>
        <source>Voluntary, community or faith partner</source>
        <translation>Partner gwirfoddol, cymunedol neu ffydd</translation>
    </message>
    <message>
        <source>Family or friend</source>
        <translation>Teulu neu ffrind</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Hunanatgyfeirio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Consent (Article 6(1)(a))</source>
        <translation>Caniatâd (Erthygl 6(1)(a))</translation>
    </message>
    <message>
        <source>Public task (Article 6(1)(e))</source>
        <translation>Tasg gyhoeddus (Erthygl 6(1)(e))</translation>
    </message>
    <message>
        <source>Vital interests (Article 6(1)(d))</source>
        <translation>Buddiannau hanfodol (Erthygl 6(1)(d))</translation>
    </message>
    <message>
        <source>Legal obligation (Article 6(1)(c))</source>
        <translation>Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c))</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Declined further support</source>
        <translation>Wedi gwrthod rhagor o gymorth</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <source>Office appointment</source>
        <translation>Apwyntiad yn y swyddfa</translation>
    </message>
    <message>
        <source>Letter or text</source>
        <translation>Llythyr neu neges destun</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesiwn grŵp</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ymadael</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Anweithredol</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Ar gau dros dro</translation>
    </message>
    <message>
        <source>Signpost</source>
        <translation>Cyfeirio</translation>
    </message>
    <message>
        <source>Warm referral</source>
        <translation>Atgyfeiriad cynnes</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Oddi ar y trywydd</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Wedi&apos;i weld</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Wedi&apos;i greu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wedi&apos;i ailagor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Wedi&apos;i garthu</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Wedi&apos;i ddienwi</translation>
    </message>
    <message>
        <source>Under 16</source>
        <translation>O dan 16</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
</context>
<context>
    <name>hearth::ActionPlan</name>
    <message>
        <source>must be between 0 and 100</source>
        <translation>rhaid iddo fod rhwng 0 a 100</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>y dyddiad dechrau</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Oddi ar y trywydd</translation>
    </message>
    <message>
        <source>No update in the last week</source>
        <translation>Dim diweddariad yn ystod yr wythnos ddiwethaf</translation>
    </message>
    <message>
        <source>No update in the last %1 weeks</source>
        <translation>Dim diweddariad yn ystod y %1 wythnos ddiwethaf</translation>
    </message>
</context>
<context>
    <name>hearth::Contact</name>
    <message>
        <source>&apos;%1&apos; is not a time as HH:MM</source>
        <translation>nid yw &apos;%1&apos; yn amser ar ffurf HH:MM</translation>
    </message>
    <message>
        <source>must be between 0 and 1440 minutes</source>
        <translation>rhaid iddo fod rhwng 0 a 1440 munud</translation>
    </message>
    <message>
        <source>the contact date</source>
        <translation>dyddiad y cyswllt</translation>
    </message>
    <message>
        <source>a note cannot correct itself</source>
        <translation>ni all nodyn gywiro ei hun</translation>
    </message>
</context>
<context>
    <name>hearth::CouncilSettings</name>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>nid yw &apos;%1&apos; yn %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>rhif cyfan</translation>
    </message>
    <message>
        <source>number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>is not a council setting; the settings are: %1</source>
        <translation>nid yw&apos;n osodiad cyngor; y gosodiadau yw: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known instrument</source>
        <translation>nid yw &apos;%1&apos; yn offeryn hysbys</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>rhaid iddo fod rhwng %1 a %2</translation>
    </message>
</context>
<context>
    <name>hearth::CouncilVocabulary</name>
    <message>
        <source>&apos;%1&apos; is a retired %2: it is no longer offered for new entries; the %3 are: %4</source>
        <translation>mae &apos;%1&apos; yn %2 sydd wedi&apos;i ymddeol: nid yw&apos;n cael ei gynnig ar gyfer cofnodion newydd mwyach; y %3 yw: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>nid yw &apos;%1&apos; yn un o: %2</translation>
    </message>
    <message>
        <source>a %1 needs a label</source>
        <translation>mae angen label ar %1</translation>
    </message>
    <message>
        <source>a %1 label has at most %2 characters</source>
        <translation>mae gan label %1 %2 nod ar y mwyaf</translation>
    </message>
    <message>
        <source>there is already a %1 called &apos;%2&apos;</source>
        <translation>mae %1 o&apos;r enw &apos;%2&apos; eisoes</translation>
    </message>
    <message>
        <source>no code can be made from &apos;%1&apos;: give one (lower-case letters, digits and _)</source>
        <translation>ni ellir gwneud cod o &apos;%1&apos;: rhowch un (llythrennau bach, digidau a _)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code: use lower-case letters, digits and _ (at most %2 characters)</source>
        <translation>nid yw &apos;%1&apos; yn god: defnyddiwch lythrennau bach, digidau a _ (%2 nod ar y mwyaf)</translation>
    </message>
    <message>
        <source>there is already a %1 with the code &apos;%2&apos;</source>
        <translation>mae %1 gyda&apos;r cod &apos;%2&apos; eisoes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>nid yw &apos;%1&apos; yn %2</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>grŵp targed</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>grwpiau targed</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>rhwystr</translation>
    </message>
    <message>
        <source>barriers</source>
        <translation>rhwystrau</translation>
    </message>
    <message>
        <source>is not a vocabulary key</source>
        <translation>nid yw&apos;n allwedd geirfa</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>nid yw&apos;n wrthrych JSON</translation>
    </message>
</context>
<context>
    <name>hearth::Csv</name>
    <message>
        <source>the file starts as UTF-16 text but is not valid UTF-16</source>
        <translation>mae&apos;r ffeil yn dechrau fel testun UTF-16 ond nid yw&apos;n UTF-16 dilys</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not a CSV file: save it as &quot;CSV UTF-8&quot; and import that</source>
        <translation>llyfr gwaith taenlen yw hwn (.xlsx neu .ods), nid ffeil CSV: cadwch ef fel &quot;CSV UTF-8&quot; a mewnforiwch hwnnw</translation>
    </message>
    <message>
        <source>the file holds NUL bytes, so it is not UTF-8 text (UTF-16 without a byte-order mark, or not a text file?): save it as &quot;CSV UTF-8&quot;</source>
        <translation>mae&apos;r ffeil yn cynnwys beitiau NUL, felly nid testun UTF-8 yw hi (UTF-16 heb nod trefn beitiau, neu nid ffeil destun?): cadwch hi fel &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is marked as UTF-8 but this line is not valid UTF-8</source>
        <translation>mae&apos;r ffeil wedi&apos;i marcio&apos;n UTF-8 ond nid yw&apos;r llinell hon yn UTF-8 dilys</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 text (first unreadable byte on this line): save it as &quot;CSV UTF-8&quot;</source>
        <translation>nid testun UTF-8 na Windows-1252 yw&apos;r ffeil (mae&apos;r beit annarllenadwy cyntaf ar y llinell hon): cadwch hi fel &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first on line %1), so it was read as Windows-1252, as Excel saves &quot;CSV&quot; on Windows; check accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>nid UTF-8 yw&apos;r ffeil (yn gyntaf ar linell %1), felly fe&apos;i darllenwyd fel Windows-1252, fel y mae Excel yn cadw &quot;CSV&quot; ar Windows; gwiriwch lythrennau acennog, neu cadwch hi fel &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>a quoted field starts on this line and has no closing quote</source>
        <translation>mae maes mewn dyfynodau yn dechrau ar y llinell hon ac nid oes dyfynnod cau iddo</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field (a quote inside a field is written as two quotes: &quot;&quot;)</source>
        <translation>mae testun yn dilyn dyfynnod cau maes mewn dyfynodau (ysgrifennir dyfynnod y tu mewn i faes fel dau ddyfynnod: &quot;&quot;)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>the header is one column when split at each %1, but the file looks separated by %2 (%3 columns): choose %2 as the delimiter</source>
        <translation>un golofn yw&apos;r pennyn o&apos;i rannu ar bob %1, ond mae&apos;n ymddangos bod y ffeil wedi&apos;i gwahanu gan %2 (%3 colofn): dewiswch %2 fel y amffinydd</translation>
    </message>
    <message>
        <source>the header is one column; the file looks separated by &apos;|&apos;, which is not a CSV delimiter: save it with commas</source>
        <translation>un golofn yw&apos;r pennyn; mae&apos;n ymddangos bod y ffeil wedi&apos;i gwahanu gan &apos;|&apos;, nad yw&apos;n amffinydd CSV: cadwch hi gyda chomas</translation>
    </message>
    <message>
        <source>the file has no header line (every line is blank)</source>
        <translation>nid oes llinell bennyn yn y ffeil (mae pob llinell yn wag)</translation>
    </message>
</context>
<context>
    <name>hearth::Directory</name>
    <message>
        <source>must be between 0 and 130</source>
        <translation>rhaid iddo fod rhwng 0 a 130</translation>
    </message>
    <message>
        <source>is below the minimum age</source>
        <translation>mae&apos;n is na&apos;r oedran isaf</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ni all fod yn negatif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UK postcode</source>
        <translation>nid yw &apos;%1&apos; yn god post yn y DU</translation>
    </message>
    <message>
        <source>must be between -90 and 90</source>
        <translation>rhaid iddo fod rhwng -90 a 90</translation>
    </message>
    <message>
        <source>must be between -180 and 180</source>
        <translation>rhaid iddo fod rhwng -180 a 180</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: WEEKLY, MONTHLY</source>
        <translation>nid yw &apos;%1&apos; yn un o: WEEKLY, MONTHLY</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time as HH:MM</source>
        <translation>nid yw &apos;%1&apos; yn amser ar ffurf HH:MM</translation>
    </message>
</context>
<context>
    <name>hearth::JsonSchema</name>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>nid yw &apos;%1&apos; yn UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URI</source>
        <translation>nid yw &apos;%1&apos; yn URI absoliwt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>nid yw &apos;%1&apos; yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date as YYYY-MM-DD</source>
        <translation>nid yw &apos;%1&apos; yn ddyddiad ar ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>nid yw &apos;%1&apos; yn ddyddiad ac amser ISO 8601</translation>
    </message>
    <message>
        <source>%1: no schema files</source>
        <translation>%1: dim ffeiliau sgema</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: ni ellir ei darllen</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: nid yw&apos;n wrthrych JSON (%2)</translation>
    </message>
    <message>
        <source>no schema named %1</source>
        <translation>dim sgema o&apos;r enw %1</translation>
    </message>
    <message>
        <source>the schema nests too deeply (a $ref cycle?)</source>
        <translation>mae&apos;r sgema&apos;n nythu&apos;n rhy ddwfn (cylch $ref?)</translation>
    </message>
    <message>
        <source>the schema refers to %1, which is not loaded</source>
        <translation>mae&apos;r sgema&apos;n cyfeirio at %1, nad yw wedi&apos;i lwytho</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>nid yw %1 yn un o: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
</context>
<context>
    <name>hearth::Kpi</name>
    <message>
        <source>Residents identified as isolated or lonely</source>
        <translation>Preswylwyr a nodwyd yn ynysig neu&apos;n unig</translation>
    </message>
    <message>
        <source>Residents whose identified-on date is in the period.</source>
        <translation>Preswylwyr y mae eu dyddiad nodi yn y cyfnod.</translation>
    </message>
    <message>
        <source>Residents on the register at period end</source>
        <translation>Preswylwyr ar y gofrestr ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <source>Residents identified on or before the period&apos;s end and not closed on or before it.</source>
        <translation>Preswylwyr a nodwyd ar ddiwedd y cyfnod neu cyn hynny ac na chaewyd eu hachos ar ddiwedd y cyfnod neu cyn hynny.</translation>
    </message>
    <message>
        <source>Residents supported</source>
        <translation>Preswylwyr a gefnogwyd</translation>
    </message>
    <message>
        <source>Distinct residents with at least one contact or at least one referral sent in the period.</source>
        <translation>Preswylwyr unigryw sydd ag o leiaf un cyswllt neu o leiaf un atgyfeiriad a anfonwyd yn y cyfnod.</translation>
    </message>
    <message>
        <source>…of whom not previously engaged with services</source>
        <translation>…nad oeddent yn ymwneud â gwasanaethau o&apos;r blaen</translation>
    </message>
    <message>
        <source>Supported residents whose &quot;previously engaged with services&quot; is no.</source>
        <translation>Preswylwyr a gefnogwyd y mae eu hateb i &quot;wedi ymwneud â gwasanaethau o&apos;r blaen&quot; yn &quot;na&quot;.</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Atgyfeiriadau a wnaed</translation>
    </message>
    <message>
        <source>Referrals whose sent date is in the period (a draft is not sent).</source>
        <translation>Atgyfeiriadau y mae eu dyddiad anfon yn y cyfnod (nid yw drafft wedi&apos;i anfon).</translation>
    </message>
    <message>
        <source>Referrals taken up</source>
        <translation>Atgyfeiriadau y manteisiwyd arnynt</translation>
    </message>
    <message>
        <source>Of the referrals made, those whose current status is accepted, attending or completed.</source>
        <translation>O&apos;r atgyfeiriadau a wnaed, y rhai sydd â&apos;r statws presennol derbyniwyd, yn mynychu neu wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>Referral take-up rate</source>
        <translation>Cyfradd manteisio ar atgyfeiriadau</translation>
    </message>
    <message>
        <source>Referrals taken up as a percentage of referrals made, to one decimal place.</source>
        <translation>Atgyfeiriadau y manteisiwyd arnynt fel canran o&apos;r atgyfeiriadau a wnaed, i un lle degol.</translation>
    </message>
    <message>
        <source>Residents with a follow-up measure</source>
        <translation>Preswylwyr sydd â mesur dilynol</translation>
    </message>
    <message>
        <source>Residents with a measurement on the primary loneliness instrument dated in the period that is later than their baseline on that instrument.</source>
        <translation>Preswylwyr sydd â mesuriad ar y prif offeryn unigrwydd, wedi&apos;i ddyddio yn y cyfnod, sy&apos;n hwyrach na&apos;u llinell sylfaen ar yr offeryn hwnnw.</translation>
    </message>
    <message>
        <source>Residents whose loneliness improved</source>
        <translation>Preswylwyr y gwellodd eu hunigrwydd</translation>
    </message>
    <message>
        <source>Of those followed up, those whose change from baseline to their latest measurement on or before the period&apos;s end is &quot;improved&quot; under the instrument&apos;s rule.</source>
        <translation>O&apos;r rhai a gafodd fesur dilynol, y rhai y mae eu newid o&apos;r llinell sylfaen i&apos;w mesuriad diweddaraf ar ddiwedd y cyfnod neu cyn hynny yn &quot;wedi gwella&quot; o dan reol yr offeryn.</translation>
    </message>
    <message>
        <source>Improvement rate</source>
        <translation>Cyfradd gwella</translation>
    </message>
    <message>
        <source>Residents whose loneliness improved as a percentage of those followed up, to one decimal place.</source>
        <translation>Preswylwyr y gwellodd eu hunigrwydd fel canran o&apos;r rhai a gafodd fesur dilynol, i un lle degol.</translation>
    </message>
    <message>
        <source>Of those followed up: lonely at baseline</source>
        <translation>O&apos;r rhai a gafodd fesur dilynol: unig ar y llinell sylfaen</translation>
    </message>
    <message>
        <source>Of those followed up, those classified lonely (low wellbeing on SWEMWBS) at baseline.</source>
        <translation>O&apos;r rhai a gafodd fesur dilynol, y rhai a ddosbarthwyd yn unig (llesiant isel ar SWEMWBS) ar y llinell sylfaen.</translation>
    </message>
    <message>
        <source>Of those followed up: lonely at latest</source>
        <translation>O&apos;r rhai a gafodd fesur dilynol: unig yn y mesuriad diweddaraf</translation>
    </message>
    <message>
        <source>Of those followed up, those classified lonely (low wellbeing on SWEMWBS) at their latest measurement on or before the period&apos;s end.</source>
        <translation>O&apos;r rhai a gafodd fesur dilynol, y rhai a ddosbarthwyd yn unig (llesiant isel ar SWEMWBS) yn eu mesuriad diweddaraf ar ddiwedd y cyfnod neu cyn hynny.</translation>
    </message>
    <message>
        <source>Services available</source>
        <translation>Gwasanaethau ar gael</translation>
    </message>
    <message>
        <source>Services in the directory that were running at some time in the period: started on or before its end (or no start date), not ended before its start, and not defunct.</source>
        <translation>Gwasanaethau yn y cyfeiriadur a oedd yn rhedeg ar ryw adeg yn y cyfnod: wedi dechrau ar ddiwedd y cyfnod neu cyn hynny (neu heb ddyddiad dechrau), heb ddod i ben cyn ei ddechrau, a heb ddod i ben yn barhaol.</translation>
    </message>
    <message>
        <source>New community opportunities</source>
        <translation>Cyfleoedd cymunedol newydd</translation>
    </message>
    <message>
        <source>Services whose started-on date is in the period.</source>
        <translation>Gwasanaethau y mae eu dyddiad dechrau yn y cyfnod.</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Achosion a gaewyd</translation>
    </message>
    <message>
        <source>Residents whose closed-on date is in the period, by closure reason. A case reopened since counts as open.</source>
        <translation>Preswylwyr y mae dyddiad cau eu hachos yn y cyfnod, yn ôl y rheswm dros gau. Mae achos sydd wedi&apos;i ailagor ers hynny yn cyfrif yn agored.</translation>
    </message>
    <message>
        <source>Action-plan items by status</source>
        <translation>Camau&apos;r cynllun gweithredu yn ôl statws</translation>
    </message>
    <message>
        <source>Action items by their latest status on or before the period&apos;s end (not started, on track, at risk, off track, complete).</source>
        <translation>Camau gweithredu yn ôl eu statws diweddaraf ar ddiwedd y cyfnod neu cyn hynny (heb ddechrau, ar y trywydd iawn, mewn perygl, oddi ar y trywydd, wedi&apos;i gwblhau).</translation>
    </message>
    <message>
        <source>Action-plan items overdue</source>
        <translation>Camau&apos;r cynllun gweithredu sy&apos;n hwyr</translation>
    </message>
    <message>
        <source>Action items with a due date before the period&apos;s end whose status at the period&apos;s end is not complete.</source>
        <translation>Camau gweithredu sydd â dyddiad targed cyn diwedd y cyfnod ac nad yw eu statws ar ddiwedd y cyfnod yn &quot;wedi&apos;i gwblhau&quot;.</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Grŵp targed</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Nodwyd gan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>hearth::Measurement</name>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>nid yw &apos;%1&apos; yn un o: %2</translation>
    </message>
    <message>
        <source>are required</source>
        <translation>yn ofynnol</translation>
    </message>
</context>
<context>
    <name>hearth::Officer</name>
    <message>
        <source>&apos;%1&apos; is not an ONS ward code such as E05000001</source>
        <translation>nid yw &apos;%1&apos; yn god ward ONS fel E05000001</translation>
    </message>
</context>
<context>
    <name>hearth::OpenReferral</name>
    <message>
        <source>&apos;%1&apos; is not a date; left out</source>
        <translation>nid yw &apos;%1&apos; yn ddyddiad; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>is required with a name: Hearth files each service under its organisation</source>
        <translation>yn ofynnol gydag enw: mae Hearth yn ffeilio pob gwasanaeth o dan ei sefydliad</translation>
    </message>
    <message>
        <source>names a location without describing it; left out</source>
        <translation>yn enwi lleoliad heb ei ddisgrifio; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>; left out</source>
        <translation>; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>names a taxonomy term without describing it; left out</source>
        <translation>yn enwi term tacsonomeg heb ei ddisgrifio; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UK postcode; left out</source>
        <translation>nid yw &apos;%1&apos; yn god post yn y DU; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>%1, %2 is not a place on Earth; left out</source>
        <translation>nid yw %1, %2 yn lle ar y Ddaear; wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>is not an array of services</source>
        <translation>nid yw&apos;n arae o wasanaethau</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>nid yw&apos;n rhif</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>nid yw&apos;n wir nac yn anwir</translation>
    </message>
    <message>
        <source>is not a service object</source>
        <translation>nid yw&apos;n wrthrych gwasanaeth</translation>
    </message>
    <message>
        <source>is not an Open Referral service or page of services</source>
        <translation>nid yw&apos;n wasanaeth Open Referral nac yn dudalen o wasanaethau</translation>
    </message>
    <message>
        <source>is not JSON: %1 at character %2</source>
        <translation>nid yw&apos;n JSON: %1 ar nod %2</translation>
    </message>
</context>
<context>
    <name>hearth::Referral</name>
    <message>
        <source>cannot go from %1 to %2; from %1 %3</source>
        <translation>ni all fynd o %1 i %2; o %1 %3</translation>
    </message>
    <message>
        <source>no change is allowed</source>
        <translation>ni chaniateir unrhyw newid</translation>
    </message>
    <message>
        <source>it can go to: %1</source>
        <translation>gall fynd i: %1</translation>
    </message>
    <message>
        <source>is required once a referral has been sent</source>
        <translation>yn ofynnol unwaith y bydd atgyfeiriad wedi&apos;i anfon</translation>
    </message>
</context>
<context>
    <name>hearth::Resident</name>
    <message>
        <source>a resident needs a given name or a family name</source>
        <translation>mae angen enw cyntaf neu gyfenw ar breswylydd</translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation>mae cyn 1900</translation>
    </message>
    <message>
        <source>is recorded only when gender_same_as_sex is &quot;no&quot;</source>
        <translation>dim ond pan fydd gender_same_as_sex yn &quot;no&quot; y caiff ei gofnodi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UK postcode</source>
        <translation>nid yw &apos;%1&apos; yn god post yn y DU</translation>
    </message>
    <message>
        <source>is required (an ONS ward code)</source>
        <translation>yn ofynnol (cod ward ONS)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>nid yw &apos;%1&apos; yn rhif ffôn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>nid yw &apos;%1&apos; yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>y dyddiad geni</translation>
    </message>
    <message>
        <source>is required when consent is recorded</source>
        <translation>yn ofynnol pan gofnodir caniatâd</translation>
    </message>
    <message>
        <source>needs consent to store as well</source>
        <translation>mae angen caniatâd i storio hefyd</translation>
    </message>
    <message>
        <source>an open case has no closing date or reason</source>
        <translation>nid oes dyddiad na rheswm cau gan achos agored</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: open, closed</source>
        <translation>nid yw &apos;%1&apos; yn un o: open, closed</translation>
    </message>
</context>
<context>
    <name>hearth::Validation</name>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>mae&apos;n hirach na %1 nod</translation>
    </message>
    <message>
        <source>is required (a date as YYYY-MM-DD)</source>
        <translation>yn ofynnol (dyddiad ar ffurf YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is required (one of: %1)</source>
        <translation>yn ofynnol (un o: %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>nid yw &apos;%1&apos; yn un o: %2</translation>
    </message>
    <message>
        <source>lists the same value twice</source>
        <translation>mae&apos;n rhestru&apos;r un gwerth ddwywaith</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Hearth id (a UUID)</source>
        <translation>nid yw &apos;%1&apos; yn ddynodydd Hearth (UUID)</translation>
    </message>
    <message>
        <source>%1 is after %2 (%3)</source>
        <translation>mae %1 ar ôl %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is before %2 (%3)</source>
        <translation>mae %1 cyn %2 (%3)</translation>
    </message>
</context>
<context>
    <name>hearth::WardCsv</name>
    <message>
        <source>is not UTF-8 text; save the file as “CSV UTF-8”</source>
        <translation>nid yw&apos;n destun UTF-8; cadwch y ffeil fel “CSV UTF-8”</translation>
    </message>
    <message>
        <source>has text after its closing quote mark</source>
        <translation>mae testun ar ôl ei ddyfynnod cau</translation>
    </message>
    <message>
        <source>has a quote mark inside it; put the whole field in quotes and double the quote mark</source>
        <translation>mae dyfynnod y tu mewn iddo; rhowch y maes cyfan mewn dyfynodau a dyblwch y dyfynnod</translation>
    </message>
    <message>
        <source>opens a quote mark that is never closed</source>
        <translation>mae&apos;n agor dyfynnod nad yw byth yn cael ei gau</translation>
    </message>
    <message>
        <source>holds no wards</source>
        <translation>nid yw&apos;n cynnwys unrhyw wardiau</translation>
    </message>
    <message>
        <source>no column is headed “code” (or ONS&apos;s “WD24CD”); the first row must name the columns or be a ward such as E05000001,Riverside</source>
        <translation>nid oes colofn â&apos;r pennawd “code” (neu “WD24CD” yr ONS); rhaid i&apos;r rhes gyntaf enwi&apos;r colofnau neu fod yn ward fel E05000001,Riverside</translation>
    </message>
    <message>
        <source>no column is headed “name” (or ONS&apos;s “WD24NM”)</source>
        <translation>nid oes colofn â&apos;r pennawd “name” (neu “WD24NM” yr ONS)</translation>
    </message>
    <message>
        <source>%1 is listed already on line %2</source>
        <translation>mae %1 wedi&apos;i restru eisoes ar linell %2</translation>
    </message>
    <message>
        <source>holds a header but no wards</source>
        <translation>mae&apos;n cynnwys pennyn ond dim wardiau</translation>
    </message>
</context>
<context>
    <name>hearth::crypto</name>
    <message>
        <source>The %1 is truncated: it holds no encrypted data.</source>
        <translation>Mae&apos;r %1 yn anghyflawn: nid yw&apos;n cynnwys unrhyw ddata wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>The %1&apos;s encrypted stream has a bad header.</source>
        <translation>Mae pennyn gwael i ffrwd amgryptiedig y %1.</translation>
    </message>
    <message>
        <source>The %1 is truncated: it ends after chunk %2, before its final chunk.</source>
        <translation>Mae&apos;r %1 yn anghyflawn: mae&apos;n gorffen ar ôl darn %2, cyn ei ddarn olaf.</translation>
    </message>
    <message>
        <source>The %1 is truncated inside chunk %2.</source>
        <translation>Mae&apos;r %1 yn anghyflawn y tu mewn i ddarn %2.</translation>
    </message>
    <message>
        <source>Chunk %1 of the %2 has an impossible length: the file was altered or damaged.</source>
        <translation>Mae gan ddarn %1 o&apos;r %2 hyd amhosibl: cafodd y ffeil ei newid neu ei difrodi.</translation>
    </message>
    <message>
        <source>Chunk %1 of the %2 failed authentication: the file was altered or damaged.</source>
        <translation>Methodd darn %1 o&apos;r %2 y prawf dilysrwydd: cafodd y ffeil ei newid neu ei difrodi.</translation>
    </message>
    <message>
        <source>The %1 has %2 bytes after its final chunk: the file was altered.</source>
        <translation>Mae gan y %1 %2 beit ar ôl ei ddarn olaf: cafodd y ffeil ei newid.</translation>
    </message>
</context>
<context>
    <name>hearth::import</name>
    <message>
        <source>repeats the column &quot;%1&quot;</source>
        <translation>mae&apos;n ailadrodd y golofn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not imported</source>
        <translation>ni chaiff y golofn &quot;%1&quot; ei mewnforio</translation>
    </message>
    <message>
        <source>the file has no &quot;%1&quot; column</source>
        <translation>nid oes colofn &quot;%1&quot; yn y ffeil</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
    <message>
        <source>no officer has the id or name &apos;%1&apos;</source>
        <translation>nid oes gan unrhyw swyddog y dynodydd na&apos;r enw &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>nid yw &apos;%1&apos; yn ddyddiad ar ffurf YYYY-MM-DD neu DD/MM/YYYY</translation>
    </message>
    <message>
        <source>%1 is before the start, %2</source>
        <translation>mae %1 cyn y dechrau, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use one of %2</source>
        <translation>nid yw &apos;%1&apos; yn statws; defnyddiwch un o %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>nid yw &apos;%1&apos; yn rhif cyfan</translation>
    </message>
    <message>
        <source>%1 is outside 0 to 100</source>
        <translation>mae %1 y tu allan i 0 i 100</translation>
    </message>
    <message>
        <source>is %1 but the status is complete: give 100, or another status</source>
        <translation>mae&apos;n %1 ond mae&apos;r statws yn &quot;wedi&apos;i gwblhau&quot;: rhowch 100, neu statws arall</translation>
    </message>
    <message>
        <source>repeats line %1 (the same priority and action)</source>
        <translation>mae&apos;n ailadrodd llinell %1 (yr un flaenoriaeth a cham gweithredu)</translation>
    </message>
    <message>
        <source>the file has no rows to import</source>
        <translation>nid oes rhesi i&apos;w mewnforio yn y ffeil</translation>
    </message>
    <message>
        <source>%1 problem(s) in the file; nothing was imported</source>
        <translation>%1 problem yn y ffeil; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>strategy: no strategy has the id %1</source>
        <translation>strategy: nid oes gan unrhyw strategaeth y dynodydd %1</translation>
    </message>
    <message>
        <source>line %1: the action it updates is no longer there</source>
        <translation>llinell %1: nid yw&apos;r cam gweithredu y mae&apos;n ei ddiweddaru yno mwyach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code or name of a ward Hearth holds</source>
        <translation>nid yw &quot;%1&quot; yn god nac yn enw ward sydd gan Hearth</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one ward: give the ONS code</source>
        <translation>mae &quot;%1&quot; yn enwi mwy nag un ward: rhowch god yr ONS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id or name of an officer</source>
        <translation>nid yw &quot;%1&quot; yn ddynodydd nac yn enw swyddog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one officer: give the officer&apos;s id</source>
        <translation>mae &quot;%1&quot; yn enwi mwy nag un swyddog: rhowch ddynodydd y swyddog</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>nid yw&apos;n JSON: %1 ar wrthbwyso %2</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>rhaid i&apos;r mapio fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>hearth_mapping: must be &quot;residents&quot;</source>
        <translation>hearth_mapping: rhaid iddo fod yn &quot;residents&quot;</translation>
    </message>
    <message>
        <source>version: must be 1 (this Hearth reads version 1 mapping files)</source>
        <translation>version: rhaid iddo fod yn 1 (mae&apos;r Hearth hwn yn darllen ffeiliau mapio fersiwn 1)</translation>
    </message>
    <message>
        <source>columns: must be an object of column header -&gt; resident field</source>
        <translation>columns: rhaid iddo fod yn wrthrych o bennawd colofn -&gt; maes preswylydd</translation>
    </message>
    <message>
        <source>: must be a resident field name, or &quot;&quot; to leave the column out</source>
        <translation>: rhaid iddo fod yn enw maes preswylydd, neu &quot;&quot; i hepgor y golofn</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not a resident field that can be imported</source>
        <translation>: nid yw &quot;%1&quot; yn faes preswylydd y gellir ei fewnforio</translation>
    </message>
    <message>
        <source>two columns are headed &quot;%1&quot;: rename one so that each can be mapped</source>
        <translation>mae gan ddwy golofn y pennawd &quot;%1&quot;: ailenwch un fel y gellir mapio pob un</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a resident field</source>
        <translation>mae&apos;r golofn &quot;%1&quot; wedi&apos;i mapio i &quot;%2&quot;, nad yw&apos;n faes preswylydd</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both mapped to %3: map one of them only</source>
        <translation>mae&apos;r colofnau &quot;%1&quot; a &quot;%2&quot; ill dwy wedi&apos;u mapio i %3: mapiwch un ohonynt yn unig</translation>
    </message>
    <message>
        <source>no column is mapped to %1 (&quot;%2&quot;), which every resident needs</source>
        <translation>nid oes colofn wedi&apos;i mapio i %1 (&quot;%2&quot;), sydd ei angen ar bob preswylydd</translation>
    </message>
    <message>
        <source>no column is mapped to given_name or family_name: every resident needs a name</source>
        <translation>nid oes colofn wedi&apos;i mapio i given_name na family_name: mae angen enw ar bob preswylydd</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: ni ellir ei darllen (%2)</translation>
    </message>
    <message>
        <source>column %1 has no header and is not imported</source>
        <translation>nid oes pennawd gan golofn %1 ac ni chaiff ei mewnforio</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns (a stray delimiter or quote?)</source>
        <translation>mae gan y rhes %1 maes ond mae gan y pennyn %2 colofn (amffinydd neu ddyfynnod crwydr?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>nid yw &quot;%1&quot; yn un o: %2</translation>
    </message>
    <message>
        <source>is not a date as YYYY-MM-DD or dd/mm/yyyy</source>
        <translation>nid yw&apos;n ddyddiad ar ffurf YYYY-MM-DD neu dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD or dd/mm/yyyy</source>
        <translation>nid yw &quot;%1&quot; yn ddyddiad ar ffurf YYYY-MM-DD neu dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>nid yw &quot;%1&quot; yn ie nac yn na</translation>
    </message>
    <message>
        <source>the columns cannot be imported as mapped: %1</source>
        <translation>ni ellir mewnforio&apos;r colofnau fel y&apos;u mapiwyd: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid, so nothing was imported: correct them, or skip them</source>
        <translation>mae %1 o %2 rhes yn annilys, felly ni fewnforiwyd dim: cywirwch nhw, neu hepgorwch nhw</translation>
    </message>
    <message>
        <source>there are no valid rows to import</source>
        <translation>nid oes rhesi dilys i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; ni fewnforiwyd dim</translation>
    </message>
</context>
<context>
    <name>hearth::measures</name>
    <message>
        <source>ONS direct question (adults 16+)</source>
        <translation>Cwestiwn uniongyrchol yr ONS (oedolion 16+)</translation>
    </message>
    <message>
        <source>Chronically lonely</source>
        <translation>Unig yn gronig</translation>
    </message>
    <message>
        <source>Often/always</source>
        <translation>Yn aml/bob amser</translation>
    </message>
    <message>
        <source>Some of the time</source>
        <translation>Peth o&apos;r amser</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>Yn achlysurol</translation>
    </message>
    <message>
        <source>Hardly ever</source>
        <translation>Prin byth</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>3-item UCLA Loneliness Scale</source>
        <translation>Graddfa Unigrwydd UCLA 3 eitem</translation>
    </message>
    <message>
        <source>The next questions are about relationships with others. For each one, please say how often (if at all) you feel that way.</source>
        <translation>Mae&apos;r cwestiynau nesaf yn ymwneud â pherthnasoedd ag eraill. Ar gyfer pob un, dywedwch pa mor aml (os o gwbl) rydych chi&apos;n teimlo felly.</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Unig</translation>
    </message>
    <message>
        <source>Hardly ever or never</source>
        <translation>Prin byth neu byth</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Yn aml</translation>
    </message>
    <message>
        <source>How often do you feel that you lack companionship?</source>
        <translation>Pa mor aml ydych chi&apos;n teimlo nad oes gennych gwmnïaeth?</translation>
    </message>
    <message>
        <source>How often do you feel left out?</source>
        <translation>Pa mor aml ydych chi&apos;n teimlo eich bod yn cael eich gadael allan?</translation>
    </message>
    <message>
        <source>How often do you feel isolated from others?</source>
        <translation>Pa mor aml ydych chi&apos;n teimlo&apos;n ynysig oddi wrth bobl eraill?</translation>
    </message>
    <message>
        <source>Campaign to End Loneliness Measurement Tool (not a screening tool)</source>
        <translation>Offeryn Mesur yr Ymgyrch i Roi Terfyn ar Unigrwydd (nid offeryn sgrinio)</translation>
    </message>
    <message>
        <source>The tool&apos;s authors say it is not a screening tool: do not use it to decide whether someone is eligible for support.</source>
        <translation>Mae awduron yr offeryn yn dweud nad offeryn sgrinio ydyw: peidiwch â&apos;i ddefnyddio i benderfynu a yw rhywun yn gymwys i gael cymorth.</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Anghytuno&apos;n gryf</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Niwtral</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Cytuno&apos;n gryf</translation>
    </message>
    <message>
        <source>I am content with my friendships and relationships</source>
        <translation>Rwy&apos;n fodlon â&apos;m cyfeillgarwch a&apos;m perthnasoedd</translation>
    </message>
    <message>
        <source>I have enough people I feel comfortable asking for help at any time</source>
        <translation>Mae gennyf ddigon o bobl rwy&apos;n teimlo&apos;n gyfforddus yn gofyn iddynt am help ar unrhyw adeg</translation>
    </message>
    <message>
        <source>My relationships are as satisfying as I would want them to be</source>
        <translation>Mae fy mherthnasoedd mor foddhaol ag y byddwn i&apos;n dymuno iddynt fod</translation>
    </message>
    <message>
        <source>De Jong Gierveld 6-item Loneliness Scale</source>
        <translation>Graddfa Unigrwydd De Jong Gierveld 6 eitem</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>More or less</source>
        <translation>Mwy neu lai</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>I experience a general sense of emptiness</source>
        <translation>Rwy&apos;n profi ymdeimlad cyffredinol o wacter</translation>
    </message>
    <message>
        <source>I miss having people around me</source>
        <translation>Rwy&apos;n gweld eisiau cael pobl o&apos;m cwmpas</translation>
    </message>
    <message>
        <source>I often feel rejected</source>
        <translation>Rwy&apos;n aml yn teimlo fy mod yn cael fy ngwrthod</translation>
    </message>
    <message>
        <source>There are plenty of people I can rely on when I have problems</source>
        <translation>Mae digon o bobl y gallaf ddibynnu arnynt pan fydd gennyf broblemau</translation>
    </message>
    <message>
        <source>There are many people I can trust completely</source>
        <translation>Mae llawer o bobl y gallaf ymddiried yn llwyr ynddynt</translation>
    </message>
    <message>
        <source>There are enough people I feel close to</source>
        <translation>Mae digon o bobl rwy&apos;n teimlo&apos;n agos atynt</translation>
    </message>
    <message>
        <source>None of the time</source>
        <translation>Dim o&apos;r amser</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Anaml</translation>
    </message>
    <message>
        <source>All of the time</source>
        <translation>Drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Short Warwick-Edinburgh Mental Wellbeing Scale</source>
        <translation>Graddfa Llesiant Meddyliol Fer Warwick-Caeredin</translation>
    </message>
    <message>
        <source>Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks.</source>
        <translation>Isod mae rhai datganiadau am deimladau a meddyliau. Ticiwch y blwch sy&apos;n disgrifio orau eich profiad o bob un dros y 2 wythnos diwethaf.</translation>
    </message>
    <message>
        <source>Low wellbeing</source>
        <translation>Llesiant isel</translation>
    </message>
    <message>
        <source>I&apos;ve been feeling optimistic about the future</source>
        <translation>Rydw i wedi bod yn teimlo&apos;n obeithiol am y dyfodol</translation>
    </message>
    <message>
        <source>I&apos;ve been feeling useful</source>
        <translation>Rydw i wedi bod yn teimlo&apos;n ddefnyddiol</translation>
    </message>
    <message>
        <source>I&apos;ve been feeling relaxed</source>
        <translation>Rydw i wedi bod yn teimlo wedi ymlacio</translation>
    </message>
    <message>
        <source>I&apos;ve been dealing with problems well</source>
        <translation>Rydw i wedi bod yn delio â phroblemau&apos;n dda</translation>
    </message>
    <message>
        <source>I&apos;ve been thinking clearly</source>
        <translation>Rydw i wedi bod yn meddwl yn glir</translation>
    </message>
    <message>
        <source>I&apos;ve been feeling close to other people</source>
        <translation>Rydw i wedi bod yn teimlo&apos;n agos at bobl eraill</translation>
    </message>
    <message>
        <source>I&apos;ve been able to make up my own mind about things</source>
        <translation>Rydw i wedi gallu penderfynu drosof fy hun am bethau</translation>
    </message>
    <message>
        <source>Warwick-Edinburgh Mental Wellbeing Scale</source>
        <translation>Graddfa Llesiant Meddyliol Warwick-Caeredin</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
    <message>
        <source>ONS personal wellbeing questions (ONS4)</source>
        <translation>Cwestiynau llesiant personol yr ONS (ONS4)</translation>
    </message>
    <message>
        <source>Please answer each question on a scale of 0 to 10, where 0 is &quot;not at all&quot; and 10 is &quot;completely&quot;.</source>
        <translation>Atebwch bob cwestiwn ar raddfa o 0 i 10, lle mae 0 yn &quot;ddim o gwbl&quot; a 10 yn &quot;yn llwyr&quot;.</translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation>0 (ddim o gwbl)</translation>
    </message>
    <message>
        <source>10 (completely)</source>
        <translation>10 (yn llwyr)</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <translation>Yn gyffredinol, pa mor fodlon ydych chi â&apos;ch bywyd y dyddiau hyn?</translation>
    </message>
    <message>
        <source>Overall, to what extent do you feel that the things you do in your life are worthwhile?</source>
        <translation>Yn gyffredinol, i ba raddau ydych chi&apos;n teimlo bod y pethau rydych chi&apos;n eu gwneud yn eich bywyd yn werth chweil?</translation>
    </message>
    <message>
        <source>Overall, how happy did you feel yesterday?</source>
        <translation>Yn gyffredinol, pa mor hapus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <source>Overall, how anxious did you feel yesterday?</source>
        <translation>Yn gyffredinol, pa mor bryderus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>eitem %1</translation>
    </message>
    <message>
        <source>items %1</source>
        <translation>eitemau %1</translation>
    </message>
    <message>
        <source>all %1 items are required; %2 is missing</source>
        <translation>mae angen pob un o&apos;r %1 eitem; mae %2 ar goll</translation>
    </message>
    <message>
        <source>all %1 items are required; %2 are missing</source>
        <translation>mae angen pob un o&apos;r %1 eitem; mae %2 ar goll</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Isel iawn</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation>Bodlonrwydd â bywyd</translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation>Gwerth chweil</translation>
    </message>
    <message>
        <source>Happiness yesterday</source>
        <translation>Hapusrwydd ddoe</translation>
    </message>
    <message>
        <source>Anxiety yesterday</source>
        <translation>Gorbryder ddoe</translation>
    </message>
    <message>
        <source>Emotional loneliness</source>
        <translation>Unigrwydd emosiynol</translation>
    </message>
    <message>
        <source>Social loneliness</source>
        <translation>Unigrwydd cymdeithasol</translation>
    </message>
    <message>
        <source>Not lonely</source>
        <translation>Ddim yn unig</translation>
    </message>
    <message>
        <source>the total needs at least 5 of the 6 items; %1 are missing</source>
        <translation>mae angen o leiaf 5 o&apos;r 6 eitem ar gyfer y cyfanswm; mae %1 ar goll</translation>
    </message>
    <message>
        <source>Moderately lonely</source>
        <translation>Cymedrol unig</translation>
    </message>
    <message>
        <source>Severely lonely</source>
        <translation>Difrifol unig</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Wedi gwaethygu</translation>
    </message>
    <message>
        <source>No meaningful change</source>
        <translation>Dim newid ystyrlon</translation>
    </message>
    <message>
        <source>%1 has %2 items, so it needs %2 responses (an empty one for a missing item); %3 was given</source>
        <translation>Mae gan %1 %2 eitem, felly mae angen %2 ymateb arno (un gwag ar gyfer eitem sydd ar goll); rhoddwyd %3</translation>
    </message>
    <message>
        <source>%1 has %2 items, so it needs %2 responses (an empty one for a missing item); %3 were given</source>
        <translation>Mae gan %1 %2 eitem, felly mae angen %2 ymateb arno (un gwag ar gyfer eitem sydd ar goll); rhoddwyd %3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>nid yw %1 yn un o %2</translation>
    </message>
    <message>
        <source>no item is answered</source>
        <translation>nid oes ateb i unrhyw eitem</translation>
    </message>
    <message>
        <source>How often lonely</source>
        <translation>Pa mor aml yn unig</translation>
    </message>
    <message>
        <source>Not chronically lonely</source>
        <translation>Ddim yn unig yn gronig</translation>
    </message>
    <message>
        <source>Not low wellbeing</source>
        <translation>Ddim yn llesiant isel</translation>
    </message>
    <message>
        <source>How often do you feel lonely?</source>
        <translation>Pa mor aml ydych chi&apos;n teimlo&apos;n unig?</translation>
    </message>
</context>
<context>
    <name>hearth::reports</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 i %3)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Swyddog arweiniol</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <source>strategy: no strategy has the id %1</source>
        <translation>strategy: nid oes gan unrhyw strategaeth y dynodydd %1</translation>
    </message>
    <message>
        <source>Action plan progress: %1</source>
        <translation>Cynnydd y cynllun gweithredu: %1</translation>
    </message>
    <message>
        <source>Action plan progress</source>
        <translation>Cynnydd y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Progress as of %1</source>
        <translation>Cynnydd ar %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategaeth: %1</translation>
    </message>
    <message>
        <source>For the Policy Development and Scrutiny committee. This report holds no information about residents.</source>
        <translation>Ar gyfer y pwyllgor Datblygu Polisi a Chraffu. Nid yw&apos;r adroddiad hwn yn cynnwys unrhyw wybodaeth am breswylwyr.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Blaenoriaeth %1: %2</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, yn hwyr</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>No actions under this priority yet</source>
        <translation>Dim camau gweithredu o dan y flaenoriaeth hon eto</translation>
    </message>
    <message>
        <source>Summary: actions by status</source>
        <translation>Crynodeb: camau gweithredu yn ôl statws</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>O&apos;r rhain, yn hwyr</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Pob cam gweithredu</translation>
    </message>
    <message>
        <source>Status: each action&apos;s status as of %1 is that of its latest progress update on or before that date (Not started when its first update is later; the status it was entered with when it has never had one).</source>
        <translation>Statws: statws pob cam gweithredu ar %1 yw statws ei ddiweddariad cynnydd diweddaraf ar y dyddiad hwnnw neu cyn hynny (Heb ddechrau pan fydd ei ddiweddariad cyntaf yn hwyrach; y statws a roddwyd wrth ei gofnodi pan na fu diweddariad erioed).</translation>
    </message>
    <message>
        <source>Overdue: due before %1 and not complete.</source>
        <translation>Yn hwyr: dyddiad targed cyn %1 a heb ei gwblhau.</translation>
    </message>
    <message>
        <source>Last update and commentary: the latest progress update on or before %1.</source>
        <translation>Diweddariad diwethaf a sylwebaeth: y diweddariad cynnydd diweddaraf ar %1 neu cyn hynny.</translation>
    </message>
    <message>
        <source>Community services by ward: gap analysis</source>
        <translation>Gwasanaethau cymunedol fesul ward: dadansoddiad bylchau</translation>
    </message>
    <message>
        <source>Community services by ward: gap analysis, %1</source>
        <translation>Gwasanaethau cymunedol fesul ward: dadansoddiad bylchau, %1</translation>
    </message>
    <message>
        <source>Services running on %1, next to residents on the register (open cases).</source>
        <translation>Gwasanaethau sy&apos;n rhedeg ar %1, ochr yn ochr â phreswylwyr ar y gofrestr (achosion agored).</translation>
    </message>
    <message>
        <source>Gaps: residents on the register but no service of the category</source>
        <translation>Bylchau: preswylwyr ar y gofrestr ond dim gwasanaeth yn y categori</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>Cod ward</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Residents on the register</source>
        <translation>Preswylwyr ar y gofrestr</translation>
    </message>
    <message>
        <source>No gaps: every ward with residents on the register has a service of each category.</source>
        <translation>Dim bylchau: mae gan bob ward sydd â phreswylwyr ar y gofrestr wasanaeth ym mhob categori.</translation>
    </message>
    <message>
        <source>Coverage by ward</source>
        <translation>Cwmpas fesul ward</translation>
    </message>
    <message>
        <source>Services running</source>
        <translation>Gwasanaethau sy&apos;n rhedeg</translation>
    </message>
    <message>
        <source>Categories with a service</source>
        <translation>Categorïau sydd â gwasanaeth</translation>
    </message>
    <message>
        <source>Categories with no service</source>
        <translation>Categorïau heb wasanaeth</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>A service counts in a ward when it is active, running on the date, and serves that ward or the whole area; a service in several categories counts once in each.</source>
        <translation>Mae gwasanaeth yn cyfrif mewn ward pan fydd yn weithredol, yn rhedeg ar y dyddiad, ac yn gwasanaethu&apos;r ward honno neu&apos;r ardal gyfan; mae gwasanaeth mewn sawl categori yn cyfrif unwaith ym mhob un.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>* A small number, not shown (disclosure control for publication).</source>
        <translation>* Nifer bach, heb ei ddangos (rheoli datgelu ar gyfer cyhoeddi).</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Siart llinell</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Siart bar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source> * is a small number, not shown.</source>
        <translation> * yw nifer bach, heb ei ddangos.</translation>
    </message>
    <message>
        <source>Financial-year quarters, %1.</source>
        <translation>Chwarteri blwyddyn ariannol, %1.</translation>
    </message>
    <message>
        <source>Residents identified and supported per quarter</source>
        <translation>Preswylwyr a nodwyd ac a gefnogwyd fesul chwarter</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Preswylwyr</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Wedi&apos;u cefnogi</translation>
    </message>
    <message>
        <source>Referrals made and taken up per quarter</source>
        <translation>Atgyfeiriadau a wnaed ac y manteisiwyd arnynt fesul chwarter</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>Wedi manteisio arnynt</translation>
    </message>
    <message>
        <source>Improvement rate per quarter (%1)</source>
        <translation>Cyfradd gwella fesul chwarter (%1)</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Y cant</translation>
    </message>
    <message>
        <source>Improvement rate</source>
        <translation>Cyfradd gwella</translation>
    </message>
    <message>
        <source>n/a: no one had a follow-up measure on %1 in the quarter.</source>
        <translation>d/b: nid oedd gan neb fesur dilynol ar %1 yn y chwarter.</translation>
    </message>
    <message>
        <source>Referrals made in %1 by current status</source>
        <translation>Atgyfeiriadau a wnaed yn %1 yn ôl eu statws presennol</translation>
    </message>
    <message>
        <source>%1 The taken-up statuses are accepted, attending and completed.</source>
        <translation>%1 Y statwsau manteisio yw derbyniwyd, yn mynychu a wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>Services available in %1 by category</source>
        <translation>Gwasanaethau ar gael yn %1 yn ôl categori</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source> A service counts once in each of its categories.</source>
        <translation> Mae gwasanaeth yn cyfrif unwaith ym mhob un o&apos;i gategorïau.</translation>
    </message>
    <message>
        <source>A service counts once in each of its categories.</source>
        <translation>Mae gwasanaeth yn cyfrif unwaith ym mhob un o&apos;i gategorïau.</translation>
    </message>
    <message>
        <source>Action-plan items by status on %1</source>
        <translation>Camau&apos;r cynllun gweithredu yn ôl statws ar %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Whole council area</source>
        <translation>Ardal gyfan y cyngor</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Swyddog %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Loneliness key performance indicators</source>
        <translation>Dangosyddion perfformiad allweddol unigrwydd</translation>
    </message>
    <message>
        <source>Loneliness key performance indicators: %1</source>
        <translation>Dangosyddion perfformiad allweddol unigrwydd: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2%3</source>
        <translation>Cyfnod: %1 i %2%3</translation>
    </message>
    <message>
        <source>. Broken down by %1.</source>
        <translation>. Wedi&apos;i ddadansoddi yn ôl %1.</translation>
    </message>
    <message>
        <source>For publication: small counts are suppressed (see the notes).</source>
        <translation>I&apos;w gyhoeddi: mae cyfrifon bach wedi&apos;u hatal (gweler y nodiadau).</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Dangosyddion perfformiad allweddol</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>A blank cell: the indicator does not break down by %1 (service indicators break down by ward and category only; action-plan indicators by status only).</source>
        <translation>Cell wag: nid yw&apos;r dangosydd yn cael ei ddadansoddi yn ôl %1 (dadansoddir dangosyddion gwasanaeth yn ôl ward a chategori yn unig; dangosyddion y cynllun gweithredu yn ôl statws yn unig).</translation>
    </message>
    <message>
        <source>A resident in several target groups counts once in each group&apos;s column; the total counts distinct residents, so it can be less than the sum of the columns.</source>
        <translation>Mae preswylydd mewn sawl grŵp targed yn cyfrif unwaith yng ngholofn pob grŵp; mae&apos;r cyfanswm yn cyfrif preswylwyr unigryw, felly gall fod yn llai na swm y colofnau.</translation>
    </message>
    <message>
        <source>Residents count in their own ward. A service counts in each ward it serves; services not limited to particular wards count under &quot;Whole council area&quot;.</source>
        <translation>Mae preswylwyr yn cyfrif yn eu ward eu hunain. Mae gwasanaeth yn cyfrif ym mhob ward y mae&apos;n ei gwasanaethu; mae gwasanaethau nad ydynt wedi&apos;u cyfyngu i wardiau penodol yn cyfrif o dan &quot;Ardal gyfan y cyngor&quot;.</translation>
    </message>
    <message>
        <source>A service counts once in each of its categories; the total counts distinct services.</source>
        <translation>Mae gwasanaeth yn cyfrif unwaith ym mhob un o&apos;i gategorïau; mae&apos;r cyfanswm yn cyfrif gwasanaethau unigryw.</translation>
    </message>
    <message>
        <source>Age is taken on the date the resident was identified.</source>
        <translation>Cymerir oedran ar y dyddiad y nodwyd y preswylydd.</translation>
    </message>
    <message>
        <source>Officers are numbered, not named.</source>
        <translation>Mae swyddogion wedi&apos;u rhifo, nid wedi&apos;u henwi.</translation>
    </message>
    <message>
        <source>Outcome indicators use the council&apos;s primary loneliness instrument: %1.</source>
        <translation>Mae dangosyddion canlyniad yn defnyddio prif offeryn unigrwydd y cyngor: %1.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 yn ôl %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Deleted and purged records are not counted. This report holds no resident names, contact details or notes.</source>
        <translation>Nid yw cofnodion sydd wedi&apos;u dileu a&apos;u carthu yn cael eu cyfrif. Nid yw&apos;r adroddiad hwn yn cynnwys enwau, manylion cyswllt na nodiadau preswylwyr.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Diffiniadau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Dynodydd</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ar goll)</translation>
    </message>
    <message>
        <source>raw %1, metric %2</source>
        <translation>crai %1, metrig %2</translation>
    </message>
    <message>
        <source>not scored: </source>
        <translation>heb sgôr: </translation>
    </message>
    <message>
        <source>None held</source>
        <translation>Dim wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Subject access: %1</source>
        <translation>Cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>Everything %1 holds on this resident (Hearth id %2), produced on %3 by %4.</source>
        <translation>Popeth sydd gan %1 am y preswylydd hwn (dynodydd Hearth %2), a gynhyrchwyd ar %3 gan %4.</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>y cyngor</translation>
    </message>
    <message>
        <source>Personal data. Give it only to the person it is about, or to someone they have authorised; subject-access.json in the same file holds the same data for a computer to read.</source>
        <translation>Data personol. Rhowch ef dim ond i&apos;r person y mae&apos;n ymwneud ag ef, neu i rywun y mae wedi&apos;i awdurdodi; mae subject-access.json yn yr un ffeil yn cynnwys yr un data i gyfrifiadur ei ddarllen.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Y cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 munud</translation>
    </message>
    <message>
        <source>[Corrects note %1] </source>
        <translation>[Yn cywiro nodyn %1] </translation>
    </message>
    <message>
        <source> [Follow-up due %1]</source>
        <translation> [Camau dilynol yn ddyledus %1]</translation>
    </message>
    <message>
        <source> [Deleted %1]</source>
        <translation> [Wedi&apos;i ddileu %1]</translation>
    </message>
    <message>
        <source>Contacts (case notes, with corrections)</source>
        <translation>Cysylltiadau (nodiadau achos, gyda chywiriadau)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Beth a ysgrifennwyd</translation>
    </message>
    <message>
        <source>Measurements and their scores</source>
        <translation>Mesuriadau a&apos;u sgoriau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Holiadur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(newydd)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Hanes yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Who viewed or changed the record (audit trail)</source>
        <translation>Pwy a welodd neu a newidiodd y cofnod (log archwilio)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Codes (such as target groups or statuses) are the values Hearth stores; docs/formats.md explains them. Scores are computed from the answers by the published scoring rules.</source>
        <translation>Codau (fel grwpiau targed neu statwsau) yw&apos;r gwerthoedd y mae Hearth yn eu storio; mae docs/formats.md yn eu hesbonio. Cyfrifir sgoriau o&apos;r atebion yn ôl y rheolau sgorio cyhoeddedig.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Hearth subject access file.</source>
        <translation>Nid ffeil cais gwrthrych am wybodaeth Hearth wedi&apos;i hamgryptio yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation>Mae&apos;r ffeil yn anghyflawn: mae&apos;n gorffen y tu mewn i&apos;w phennyn.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: its length (%1 bytes) is impossible.</source>
        <translation>Mae pennyn y ffeil wedi&apos;i ddifrodi: mae ei hyd (%1 beit) yn amhosibl.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or of a format this Hearth does not read.</source>
        <translation>Mae pennyn y ffeil wedi&apos;i ddifrodi neu o fformat nad yw&apos;r Hearth hwn yn ei ddarllen.</translation>
    </message>
    <message>
        <source>The file&apos;s header names a key derivation or cipher this Hearth does not use (%1, %2).</source>
        <translation>Mae pennyn y ffeil yn enwi dull deillio allwedd neu seiffr nad yw&apos;r Hearth hwn yn ei ddefnyddio (%1, %2).</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged: its key derivation settings are invalid.</source>
        <translation>Mae pennyn y ffeil wedi&apos;i ddifrodi: mae ei osodiadau deillio allwedd yn annilys.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Ni roddwyd cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this file (or its header was altered).</source>
        <translation>Mae&apos;r cyfrinymadrodd yn anghywir ar gyfer y ffeil hon (neu newidiwyd ei phennyn).</translation>
    </message>
    <message>
        <source>subject access file</source>
        <translation>ffeil cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>spreadsheet sheet name: at most 31 characters</comment>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>spreadsheet sheet name: at most 31 characters</comment>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Definitions</source>
        <comment>spreadsheet sheet name: at most 31 characters</comment>
        <translation>Diffiniadau</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>referral status</comment>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral status</comment>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>No response</source>
        <comment>referral status</comment>
        <translation>Dim ymateb</translation>
    </message>
    <message>
        <source>Attending</source>
        <comment>referral status</comment>
        <translation>Yn mynychu</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Stopped attending</source>
        <comment>referral status</comment>
        <translation>Wedi rhoi&apos;r gorau i fynychu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>referral status</comment>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>not applicable: a rate with nothing to divide by</comment>
        <translation>d/b</translation>
    </message>
</context>
<context>
    <name>hearth::storage</name>
    <message>
        <source>is %1 but the status is complete: give 100 percent, or confirm that the item is complete anyway</source>
        <translation>mae&apos;n %1 ond mae&apos;r statws yn &quot;wedi&apos;i gwblhau&quot;: rhowch 100 y cant, neu cadarnhewch fod y cam wedi&apos;i gwblhau beth bynnag</translation>
    </message>
    <message>
        <source>no strategy has the id %1</source>
        <translation>nid oes gan unrhyw strategaeth y dynodydd %1</translation>
    </message>
    <message>
        <source>no officer has the id %1</source>
        <translation>nid oes gan unrhyw swyddog y dynodydd %1</translation>
    </message>
    <message>
        <source>no priority has the id %1</source>
        <translation>nid oes gan unrhyw flaenoriaeth y dynodydd %1</translation>
    </message>
    <message>
        <source>item: no action item has the id %1</source>
        <translation>item: nid oes gan unrhyw gam gweithredu y dynodydd %1</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>mae digwyddiad %1 ar goll</translation>
    </message>
    <message>
        <source>event %1 does not follow event %2</source>
        <translation>nid yw digwyddiad %1 yn dilyn digwyddiad %2</translation>
    </message>
    <message>
        <source>event %1 has been changed</source>
        <translation>mae digwyddiad %1 wedi&apos;i newid</translation>
    </message>
    <message>
        <source>%1 already exists; Hearth will not overwrite a file with a backup.</source>
        <translation>Mae %1 yn bodoli eisoes; ni fydd Hearth yn trosysgrifo ffeil â chopi wrth gefn.</translation>
    </message>
    <message>
        <source>Backup to %1 failed</source>
        <translation>Methodd y copi wrth gefn i %1</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>Ni ellir ysgrifennu&apos;r copi wrth gefn i %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Nid oes copi wrth gefn yn %1.</translation>
    </message>
    <message>
        <source>%1 is not a Hearth backup.</source>
        <translation>Nid yw %1 yn gopi wrth gefn Hearth.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hearth (schema %2); update Hearth to restore it.</source>
        <translation>Gwnaed %1 gan Hearth mwy newydd (sgema %2); diweddarwch Hearth i&apos;w adfer.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Mae %1 wedi&apos;i ddifrodi: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hearth backup: %2</source>
        <translation>Nid yw %1 yn gopi wrth gefn Hearth: %2</translation>
    </message>
    <message>
        <source>Restore from %1 failed</source>
        <translation>Methodd yr adfer o %1</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups (not %1).</source>
        <translation>Cadwch rhwng 1 a 365 copi wrth gefn (nid %1).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Ni ellir creu&apos;r ffolder copïau wrth gefn %1.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>Methodd y copi wrth gefn %1 ei wiriad: %2</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Methodd y copi wrth gefn i %1: %2</translation>
    </message>
    <message>
        <source>resident: no resident has the id %1</source>
        <translation>resident: nid oes gan unrhyw breswylydd y dynodydd %1</translation>
    </message>
    <message>
        <source>no contact with the id %1 is on this resident&apos;s record</source>
        <translation>nid oes cyswllt â&apos;r dynodydd %1 ar gofnod y preswylydd hwn</translation>
    </message>
    <message>
        <source>contact: no contact has the id %1</source>
        <translation>contact: nid oes gan unrhyw gyswllt y dynodydd %1</translation>
    </message>
    <message>
        <source>a correction needs the corrected text</source>
        <translation>mae angen y testun wedi&apos;i gywiro ar gyfer cywiriad</translation>
    </message>
    <message>
        <source>organisation: no organisation has the id or name &apos;%1&apos;</source>
        <translation>organisation: nid oes gan unrhyw sefydliad y dynodydd na&apos;r enw &apos;%1&apos;</translation>
    </message>
    <message>
        <source>organisation: %1 organisations are named &apos;%2&apos;; give the id</source>
        <translation>organisation: mae %1 sefydliad o&apos;r enw &apos;%2&apos;; rhowch y dynodydd</translation>
    </message>
    <message>
        <source>no organisation has the id %1</source>
        <translation>nid oes gan unrhyw sefydliad y dynodydd %1</translation>
    </message>
    <message>
        <source>no ward has the code %1</source>
        <translation>nid oes gan unrhyw ward y cod %1</translation>
    </message>
    <message>
        <source>service: no service has the id %1</source>
        <translation>service: nid oes gan unrhyw wasanaeth y dynodydd %1</translation>
    </message>
    <message>
        <source>location: the service does not run at a place with the id %1</source>
        <translation>location: nid yw&apos;r gwasanaeth yn rhedeg mewn lle â&apos;r dynodydd %1</translation>
    </message>
    <message>
        <source>schedule: no time has the id %1</source>
        <translation>schedule: nid oes gan unrhyw amser y dynodydd %1</translation>
    </message>
    <message>
        <source>a category cannot be empty</source>
        <translation>ni all categori fod yn wag</translation>
    </message>
    <message>
        <source>%1: %2 (the file is not complete JSON)</source>
        <translation>%1: %2 (nid yw&apos;r ffeil yn JSON cyflawn)</translation>
    </message>
    <message>
        <source>$: the file must hold one JSON object</source>
        <translation>$: rhaid i&apos;r ffeil gynnwys un gwrthrych JSON</translation>
    </message>
    <message>
        <source>format: this is not a Hearth interchange file (expected &quot;%1&quot;)</source>
        <translation>format: nid ffeil gyfnewid Hearth yw hon (disgwylid &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>format_version: version %1 is not one this Hearth reads (it reads %2)</source>
        <translation>format_version: nid yw fersiwn %1 yn un y mae&apos;r Hearth hwn yn ei darllen (mae&apos;n darllen %2)</translation>
    </message>
    <message>
        <source>schema_version: %1 is not one this Hearth knows (1 to %2); a newer Hearth wrote it</source>
        <translation>schema_version: nid yw %1 yn un y mae&apos;r Hearth hwn yn ei adnabod (1 i %2); fe&apos;i hysgrifennwyd gan Hearth mwy newydd</translation>
    </message>
    <message>
        <source>tables: is required (an object of tables)</source>
        <translation>tables: yn ofynnol (gwrthrych o dablau)</translation>
    </message>
    <message>
        <source>tables.%1: is not a table Hearth knows</source>
        <translation>tables.%1: nid yw&apos;n dabl y mae Hearth yn ei adnabod</translation>
    </message>
    <message>
        <source>tables.%1: must be a list of records</source>
        <translation>tables.%1: rhaid iddo fod yn rhestr o gofnodion</translation>
    </message>
    <message>
        <source>%1 record %2, %3: refers to a %4 record that is not in the file or the database</source>
        <translation>%1 cofnod %2, %3: mae&apos;n cyfeirio at gofnod %4 nad yw yn y ffeil nac yn y gronfa ddata</translation>
    </message>
    <message>
        <source>this resident already has a %1 baseline, dated %2; record this one as a review or exit</source>
        <translation>mae gan y preswylydd hwn linell sylfaen %1 eisoes, dyddiedig %2; cofnodwch yr un hwn fel adolygiad neu ymadael</translation>
    </message>
    <message>
        <source>%1 is after this resident&apos;s %2 %3 dated %4; a baseline cannot follow a review or exit</source>
        <translation>mae %1 ar ôl %2 %3 y preswylydd hwn dyddiedig %4; ni all llinell sylfaen ddilyn adolygiad neu ymadael</translation>
    </message>
    <message>
        <source>%1 is before this resident&apos;s %2 baseline, dated %3; a %4 cannot come before the baseline</source>
        <translation>mae %1 cyn llinell sylfaen %2 y preswylydd hwn, dyddiedig %3; ni all %4 ddod cyn y llinell sylfaen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instrument Hearth scores</source>
        <translation>nid yw &apos;%1&apos; yn offeryn y mae Hearth yn ei sgorio</translation>
    </message>
    <message>
        <source>This database uses schema version %1, made by a newer Hearth; this Hearth knows versions up to %2. Update Hearth to open it.</source>
        <translation>Mae&apos;r gronfa ddata hon yn defnyddio fersiwn sgema %1, a wnaed gan Hearth mwy newydd; mae&apos;r Hearth hwn yn adnabod fersiynau hyd at %2. Diweddarwch Hearth i&apos;w hagor.</translation>
    </message>
    <message>
        <source>id: no officer has the id %1</source>
        <translation>id: nid oes gan unrhyw swyddog y dynodydd %1</translation>
    </message>
    <message>
        <source>id: no active officer has the id %1</source>
        <translation>id: nid oes gan unrhyw swyddog gweithredol y dynodydd %1</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>rhaid iddo fod yn ddyddiad ar ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be an ISO-8601 timestamp</source>
        <translation>rhaid iddo fod yn stamp amser ISO-8601</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn wir neu&apos;n anwir</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>rhaid iddo fod yn rhif cyfan o %1 i %2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>rhaid iddo fod yn rhestr o destun</translation>
    </message>
    <message>
        <source>must be a list of whole numbers or nulls</source>
        <translation>rhaid iddo fod yn rhestr o rifau cyfan neu nulls</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2: yn ofynnol</translation>
    </message>
    <message>
        <source>%1.%2: must be an ISO-8601 timestamp</source>
        <translation>%1.%2: rhaid iddo fod yn stamp amser ISO-8601</translation>
    </message>
    <message>
        <source>%1.updated_by: must be an officer id</source>
        <translation>%1.updated_by: rhaid iddo fod yn ddynodydd swyddog</translation>
    </message>
    <message>
        <source>%1.site_id: is required</source>
        <translation>%1.site_id: yn ofynnol</translation>
    </message>
    <message>
        <source>%1.row_version: must be a whole number from 1</source>
        <translation>%1.row_version: rhaid iddo fod yn rhif cyfan o 1</translation>
    </message>
    <message>
        <source>the case is closed; reopen it to refer</source>
        <translation>mae&apos;r achos wedi&apos;i gau; ailagorwch ef i atgyfeirio</translation>
    </message>
    <message>
        <source>%1 is defunct</source>
        <translation>mae %1 wedi dod i ben</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>mae %1 yn y dyfodol</translation>
    </message>
    <message>
        <source>%1 is before the referral&apos;s latest change, on %2</source>
        <translation>mae %1 cyn newid diweddaraf yr atgyfeiriad, ar %2</translation>
    </message>
    <message>
        <source>referral: no referral has the id %1</source>
        <translation>referral: nid oes gan unrhyw atgyfeiriad y dynodydd %1</translation>
    </message>
    <message>
        <source>changes only by closing or reopening the case</source>
        <translation>dim ond drwy gau neu ailagor yr achos y mae&apos;n newid</translation>
    </message>
    <message>
        <source>the case was closed on %1 already</source>
        <translation>caewyd yr achos ar %1 eisoes</translation>
    </message>
    <message>
        <source>the case is open already</source>
        <translation>mae&apos;r achos ar agor eisoes</translation>
    </message>
    <message>
        <source>Give the reason for anonymising.</source>
        <translation>Rhowch y rheswm dros ddienwi.</translation>
    </message>
    <message>
        <source>There is no resident %1.</source>
        <translation>Nid oes preswylydd %1.</translation>
    </message>
    <message>
        <source>Resident %1 is not a closed case; only closed cases are anonymised.</source>
        <translation>Nid yw preswylydd %1 yn achos sydd wedi&apos;i gau; dim ond achosion sydd wedi&apos;u cau sy&apos;n cael eu dienwi.</translation>
    </message>
    <message>
        <source>Resident %1 was closed on %2, less than %3 years before %4: not yet due.</source>
        <translation>Caewyd achos preswylydd %1 ar %2, llai na %3 blynedd cyn %4: nid yw&apos;n ddyledus eto.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>dim digon o gof</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Ni ellir agor y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Ni ellir paratoi datganiad</translation>
    </message>
    <message>
        <source>Cannot bind parameter %1</source>
        <translation>Ni ellir rhwymo paramedr %1</translation>
    </message>
    <message>
        <source>No parameter named %1</source>
        <translation>Dim paramedr o&apos;r enw %1</translation>
    </message>
    <message>
        <source>There is no Hearth database at %1.</source>
        <translation>Nid oes cronfa ddata Hearth yn %1.</translation>
    </message>
    <message>
        <source>%1 already exists; Hearth will not overwrite it. Choose a new file name.</source>
        <translation>Mae %1 yn bodoli eisoes; ni fydd Hearth yn ei drosysgrifo. Dewiswch enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Ni ellir creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>%1 is not a Hearth database.</source>
        <translation>Nid yw %1 yn gronfa ddata Hearth.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not Hearth&apos;s.</source>
        <translation>Mae %1 yn gronfa ddata SQLite, ond nid un Hearth.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again when it has finished.</source>
        <translation>Mae&apos;r gronfa ddata %1 wedi&apos;i chloi gan raglen arall; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>%1 is not a Hearth database (or it is damaged).</source>
        <translation>Nid yw %1 yn gronfa ddata Hearth (neu mae wedi&apos;i difrodi).</translation>
    </message>
    <message>
        <source>foreign key: a row of %1 refers to a missing %2 row</source>
        <translation>allwedd estron: mae rhes o %1 yn cyfeirio at res %2 sydd ar goll</translation>
    </message>
    <message>
        <source>search index: </source>
        <translation>mynegai chwilio: </translation>
    </message>
    <message>
        <source>audit trail: </source>
        <translation>log archwilio: </translation>
    </message>
    <message>
        <source>a row state is incomplete (table &apos;%1&apos;, key &apos;%2&apos;)</source>
        <translation>mae cyflwr rhes yn anghyflawn (tabl &apos;%1&apos;, allwedd &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 %2: a version is malformed</source>
        <translation>%1 %2: mae fersiwn wedi&apos;i ffurfio&apos;n wael</translation>
    </message>
    <message>
        <source>%1 %2.%3: a field version is malformed</source>
        <translation>%1 %2.%3: mae fersiwn maes wedi&apos;i ffurfio&apos;n wael</translation>
    </message>
    <message>
        <source>sync state of %1 %2 is damaged: %3</source>
        <translation>mae cyflwr cysoni %1 %2 wedi&apos;i ddifrodi: %3</translation>
    </message>
    <message>
        <source>sync state is damaged: %1</source>
        <translation>mae&apos;r cyflwr cysoni wedi&apos;i ddifrodi: %1</translation>
    </message>
    <message>
        <source>%1 is not a synced table</source>
        <translation>nid yw %1 yn dabl wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>%1 %2 was not updated</source>
        <translation>ni ddiweddarwyd %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 refers to a %3 record that is not held</source>
        <translation>mae %1 %2 yn cyfeirio at gofnod %3 nad yw&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>nid yw &apos;%1&apos; yn un o: %2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>%1.%2: a different record with this key is already in the database</source>
        <translation>%1.%2: mae cofnod gwahanol â&apos;r allwedd hon yn y gronfa ddata eisoes</translation>
    </message>
    <message>
        <source>code: there is no ward %1</source>
        <translation>code: nid oes ward %1</translation>
    </message>
    <message>
        <source>ward %1 is still used by %2 resident(s), location(s) or service(s); it cannot be removed</source>
        <translation>mae ward %1 yn dal i gael ei defnyddio gan %2 preswylydd, lleoliad neu wasanaeth; ni ellir ei thynnu</translation>
    </message>
</context>
<context>
    <name>hearth::sync</name>
    <message>
        <source>There is not enough memory to derive the bundle key (Argon2id needs %1 MiB).</source>
        <translation>Nid oes digon o gof i ddeillio allwedd y bwndel (mae Argon2id angen %1 MiB).</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: %1 must be %2 bytes in base64.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: rhaid i %1 fod yn %2 beit mewn base64.</translation>
    </message>
    <message>
        <source>The team passphrase is empty.</source>
        <translation>Mae cyfrinymadrodd y tîm yn wag.</translation>
    </message>
    <message>
        <source>This file is not a Hearth sync bundle.</source>
        <translation>Nid bwndel cysoni Hearth yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>The bundle is truncated: it ends inside its header.</source>
        <translation>Mae&apos;r bwndel yn anghyflawn: mae&apos;n gorffen y tu mewn i&apos;w bennyn.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: its length (%1 bytes) is impossible.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: mae ei hyd (%1 beit) yn amhosibl.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: at byte %1: %2.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: ar feit %1: %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: %1 is missing.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: mae %1 ar goll.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: %1 must be a whole number.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: rhaid i %1 fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>This file is not a Hearth sync bundle (format is not %1).</source>
        <translation>Nid bwndel cysoni Hearth yw&apos;r ffeil hon (nid %1 yw&apos;r fformat).</translation>
    </message>
    <message>
        <source>The bundle is in format version %1; this Hearth reads version %2. Update Hearth.</source>
        <translation>Mae&apos;r bwndel yn fersiwn fformat %1; mae&apos;r Hearth hwn yn darllen fersiwn %2. Diweddarwch Hearth.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer Hearth (schema version %1; this Hearth knows up to %2). Update Hearth before importing it.</source>
        <translation>Ysgrifennwyd y bwndel gan Hearth mwy newydd (fersiwn sgema %1; mae&apos;r Hearth hwn yn adnabod hyd at %2). Diweddarwch Hearth cyn ei fewnforio.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: it names a key derivation or cipher this Hearth does not use (%1, %2).</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: mae&apos;n enwi dull deillio allwedd neu seiffr nad yw&apos;r Hearth hwn yn ei ddefnyddio (%1, %2).</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: its Argon2id limits are out of range.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: mae ei derfynau Argon2id y tu allan i&apos;r ystod.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged: created_at or the sequence range is impossible.</source>
        <translation>Mae pennyn y bwndel wedi&apos;i ddifrodi: mae created_at neu&apos;r ystod dilyniant yn amhosibl.</translation>
    </message>
    <message>
        <source>No team passphrase was given.</source>
        <translation>Ni roddwyd cyfrinymadrodd y tîm.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this bundle (or its header was altered).</source>
        <translation>Mae&apos;r cyfrinymadrodd yn anghywir ar gyfer y bwndel hwn (neu newidiwyd ei bennyn).</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bwndel</translation>
    </message>
    <message>
        <source>The bundle is authentic but its content is damaged: %1</source>
        <translation>Mae&apos;r bwndel yn ddilys ond mae ei gynnwys wedi&apos;i ddifrodi: %1</translation>
    </message>
    <message>
        <source>it does not decompress</source>
        <translation>nid yw&apos;n datgywasgu</translation>
    </message>
    <message>
        <source>it is not a sync payload</source>
        <translation>nid yw&apos;n llwyth cysoni</translation>
    </message>
    <message>
        <source>scope is malformed</source>
        <translation>mae scope wedi&apos;i ffurfio&apos;n wael</translation>
    </message>
    <message>
        <source>scope.released holds something that is not a resident id</source>
        <translation>mae scope.released yn cynnwys rhywbeth nad yw&apos;n ddynodydd preswylydd</translation>
    </message>
    <message>
        <source>rows[%1]: &apos;%2&apos; is not a synced table</source>
        <translation>rows[%1]: nid yw &apos;%2&apos; yn dabl wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>rows[%1]: %2 has no field %3</source>
        <translation>rows[%1]: nid oes gan %2 faes %3</translation>
    </message>
    <message>
        <source>purges[%1] is malformed</source>
        <translation>mae purges[%1] wedi&apos;i ffurfio&apos;n wael</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: hub, officer</source>
        <translation>nid yw &apos;%1&apos; yn un o: hub, officer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site id: a site id looks like 0193a5c2-7b1e-7d3f-9a4b-2c6d8e0f1a2b (the peer&apos;s Sync page, or &apos;hearth-cli sync site&apos;, shows it)</source>
        <translation>nid yw &apos;%1&apos; yn ddynodydd safle: mae dynodydd safle yn edrych fel 0193a5c2-7b1e-7d3f-9a4b-2c6d8e0f1a2b (mae tudalen Cysoni&apos;r cymar, neu &apos;hearth-cli sync site&apos;, yn ei ddangos)</translation>
    </message>
    <message>
        <source>is this database&apos;s own site id; give the other database&apos;s</source>
        <translation>dyma ddynodydd safle&apos;r gronfa ddata hon ei hun; rhowch un y gronfa ddata arall</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>yn ofynnol</translation>
    </message>
    <message>
        <source>no officer has the id %1</source>
        <translation>nid oes gan unrhyw swyddog y dynodydd %1</translation>
    </message>
    <message>
        <source>This database has no peers yet: add one with &apos;sync peer add&apos;.</source>
        <translation>Nid oes gan y gronfa ddata hon gymheiriaid eto: ychwanegwch un gyda &apos;sync peer add&apos;.</translation>
    </message>
    <message>
        <source>This database has %1 peers: say which with --to.</source>
        <translation>Mae gan y gronfa ddata hon %1 cymar: dywedwch pa un gyda --to.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a peer of this database (see &apos;sync peers&apos;).</source>
        <translation>Nid yw &apos;%1&apos; yn gymar i&apos;r gronfa ddata hon (gweler &apos;sync peers&apos;).</translation>
    </message>
    <message>
        <source>Several peers are called &apos;%1&apos;: use the site id.</source>
        <translation>Mae sawl cymar o&apos;r enw &apos;%1&apos;: defnyddiwch ddynodydd y safle.</translation>
    </message>
    <message>
        <source>This database has no sync role yet: set it with &apos;sync role hub|officer&apos;.</source>
        <translation>Nid oes gan y gronfa ddata hon rôl gysoni eto: gosodwch hi gyda &apos;sync role hub|officer&apos;.</translation>
    </message>
    <message>
        <source>Capturing changes</source>
        <translation>Yn casglu newidiadau</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Yn amgryptio</translation>
    </message>
    <message>
        <source>This bundle is addressed to site %1, not to this database (site %2).</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i gyfeirio at safle %1, nid at y gronfa ddata hon (safle %2).</translation>
    </message>
    <message>
        <source>This bundle comes from site %1, which is not a peer of this database; add it with &apos;sync peer add&apos; if it belongs to the team.</source>
        <translation>Daw&apos;r bwndel hwn o safle %1, nad yw&apos;n gymar i&apos;r gronfa ddata hon; ychwanegwch ef gyda &apos;sync peer add&apos; os yw&apos;n perthyn i&apos;r tîm.</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Yn dadgryptio</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Yn cyfuno</translation>
    </message>
    <message>
        <source>%1 %2 was refused by this database: %3</source>
        <translation>Gwrthodwyd %1 %2 gan y gronfa ddata hon: %3</translation>
    </message>
    <message>
        <source>The bundle would leave records pointing at nothing: %1</source>
        <translation>Byddai&apos;r bwndel yn gadael cofnodion yn cyfeirio at ddim: %1</translation>
    </message>
    <message>
        <source>The bundle was refused by this database: %1</source>
        <translation>Gwrthodwyd y bwndel gan y gronfa ddata hon: %1</translation>
    </message>
    <message>
        <source>There is no conflict %1 (see &apos;sync conflicts&apos;).</source>
        <translation>Nid oes gwrthdaro %1 (gweler &apos;sync conflicts&apos;).</translation>
    </message>
    <message>
        <source>Conflict %1 was already decided (%2).</source>
        <translation>Penderfynwyd ar wrthdaro %1 eisoes (%2).</translation>
    </message>
    <message>
        <source>an edit-versus-delete conflict is decided by keeping mine or theirs</source>
        <translation>penderfynir ar wrthdaro golygu yn erbyn dileu drwy gadw fy un i neu eu hun nhw</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>rhaid iddo fod yn werth unigol</translation>
    </message>
    <message>
        <source>%1 %2 is no longer held.</source>
        <translation>Nid yw %1 %2 yn cael ei gadw mwyach.</translation>
    </message>
    <message>
        <source>%1: the value was refused: %2</source>
        <translation>%1: gwrthodwyd y gwerth: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>nid yw &apos;%1&apos; yn rhif</translation>
    </message>
    <message>
        <source>Resident %1 was erased already.</source>
        <translation>Mae preswylydd %1 wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>There is no resident %1.</source>
        <translation>Nid oes preswylydd %1.</translation>
    </message>
</context>
</TS>
