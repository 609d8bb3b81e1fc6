<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Ynghylch Hearth</translation>
    </message>
    <message>
        <source>Hearth icon</source>
        <translation>Eicon Hearth</translation>
    </message>
    <message>
        <source>Case management for council loneliness officers and social prescribing link workers.</source>
        <translation>Rheoli achosion ar gyfer swyddogion unigrwydd cynghorau a gweithwyr cyswllt presgripsiynu cymdeithasol.</translation>
    </message>
    <message>
        <source>Hearth never sends data anywhere. Your caseload stays in the database file you open, on this computer.</source>
        <translation>Nid yw Hearth byth yn anfon data i unman. Mae eich llwyth achosion yn aros yn y ffeil cronfa ddata rydych yn ei hagor, ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Hearth is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Mae Hearth yn feddalwedd rydd, wedi&apos;i thrwyddedu o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu (yn ôl eich dewis) unrhyw fersiwn diweddarach (GPL-3.0-or-later). Nid oes unrhyw warant. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Darllen y drwydded&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue</source>
        <translation>Camau dilynol yn ddyledus heddiw neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Achosion wedi&apos;u cau</translation>
    </message>
    <message>
        <source>No residents are recorded in this database yet. Choose “New resident…” to register the first, or import a spreadsheet with hearth-cli import residents.</source>
        <translation>Nid oes preswylwyr wedi&apos;u cofnodi yn y gronfa ddata hon eto. Dewiswch “Preswylydd newydd…” i gofrestru&apos;r cyntaf, neu mewnforiwch daenlen gyda hearth-cli import residents.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hwilio</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Names, postcode, phone or words in notes (Ctrl+F)</source>
        <translation>Enwau, cod post, ffôn neu eiriau mewn nodiadau (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>Preswylydd &amp;newydd…</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+Shift+N)</source>
        <translation>Cofrestru preswylydd newydd (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Agor y cofnod</translation>
    </message>
    <message>
        <source>Open the chosen resident&apos;s record (Enter)</source>
        <translation>Agor cofnod y preswylydd a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ychwanegu c&amp;yswllt…</translation>
    </message>
    <message>
        <source>Record a contact with the chosen resident (Ctrl+Shift+C)</source>
        <translation>Cofnodi cyswllt â&apos;r preswylydd a ddewiswyd (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>&amp;Ward</translation>
    </message>
    <message>
        <source>Ward filter</source>
        <translation>Hidlydd ward</translation>
    </message>
    <message>
        <source>Target group filter</source>
        <translation>Hidlydd grŵp targed</translation>
    </message>
    <message>
        <source>Officer filter</source>
        <translation>Hidlydd swyddog</translation>
    </message>
    <message>
        <source>Identified by filter</source>
        <translation>Hidlydd nodwyd gan</translation>
    </message>
    <message>
        <source>Follow-up &amp;due</source>
        <translation>Camau di&amp;lynol yn ddyledus</translation>
    </message>
    <message>
        <source>Only open cases with a follow-up due today or overdue</source>
        <translation>Dim ond achosion agored â chamau dilynol yn ddyledus heddiw neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>At ris&amp;k</source>
        <translation>Mewn &amp;perygl</translation>
    </message>
    <message>
        <source>Only residents with a crisis or safeguarding flag</source>
        <translation>Dim ond preswylwyr â baner risg argyfwng neu ddiogelu</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Clirio&apos;r h&amp;idlwyr</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Preswylwyr</translation>
    </message>
    <message>
        <source>Your follow-ups due today or overdue</source>
        <translation>Eich camau dilynol sy&apos;n ddyledus heddiw neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>Nothing due: no follow-ups are due today or overdue.</source>
        <translation>Dim byd yn ddyledus: nid oes camau dilynol yn ddyledus heddiw nac yn hwyr.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>T&amp;arget group</source>
        <translation>G&amp;rŵp targed</translation>
    </message>
    <message>
        <source>Off&amp;icer</source>
        <translation>&amp;Swyddog</translation>
    </message>
    <message>
        <source>Identified &amp;by</source>
        <translation>No&amp;dwyd gan</translation>
    </message>
    <message>
        <source>Due today o&amp;r overdue</source>
        <translation>Yn ddyledus h&amp;eddiw neu&apos;n hwyr</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
    <message>
        <source>Closing the case keeps the record and its contacts; the case can be reopened later.</source>
        <translation>Mae cau&apos;r achos yn cadw&apos;r cofnod a&apos;i gysylltiadau; gellir ailagor yr achos yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Wedi&apos;i gau &amp;ar</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Wedi&apos;i gau ar</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>A date such as 22/11/2026</source>
        <translation>Dyddiad fel 22/11/2026</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Record a contact with this resident. Notes cannot be edited later; a mistake is put right with a correction.</source>
        <translation>Cofnodwch gyswllt â&apos;r preswylydd hwn. Ni ellir golygu nodiadau wedyn; caiff camgymeriad ei gywiro drwy gywiriad.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>A date such as 22/11/2026</source>
        <translation>Dyddiad fel 22/11/2026</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Amser</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>AA:MM (dewisol)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Hyd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Follow-up due</source>
        <translation>Camau di&amp;lynol yn ddyledus</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Camau dilynol yn ddyledus</translation>
    </message>
</context>
<context>
    <name>CouncilSettingsDialog</name>
    <message>
        <source>Council settings</source>
        <translation>Gosodiadau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Adrannau&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Cyffredinol</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation>&amp;Enw&apos;r cyngor:</translation>
    </message>
    <message>
        <source>Council name</source>
        <translation>Enw&apos;r cyngor</translation>
    </message>
    <message>
        <source>The council&apos;s name, as it appears on reports</source>
        <translation>Enw&apos;r cyngor, fel y mae&apos;n ymddangos ar adroddiadau</translation>
    </message>
    <message>
        <source>Problem with Council name</source>
        <translation>Problem gydag Enw&apos;r cyngor</translation>
    </message>
    <message>
        <source>Primary loneliness &amp;instrument:</source>
        <translation>&amp;Prif offeryn unigrwydd:</translation>
    </message>
    <message>
        <source>Primary loneliness instrument</source>
        <translation>Prif offeryn unigrwydd</translation>
    </message>
    <message>
        <source>The questionnaire whose scores the KPIs count: who is lonely at baseline and who improved</source>
        <translation>Yr holiadur y mae&apos;r DPA yn cyfrif ei sgoriau: pwy sy&apos;n unig ar y llinell sylfaen a phwy a wellodd</translation>
    </message>
    <message>
        <source>Problem with Primary loneliness instrument</source>
        <translation>Problem gyda&apos;r Prif offeryn unigrwydd</translation>
    </message>
    <message>
        <source>&amp;Review residents every:</source>
        <translation>&amp;Adolygu preswylwyr bob:</translation>
    </message>
    <message>
        <source>Review interval in weeks</source>
        <translation>Cyfnod adolygu mewn wythnosau</translation>
    </message>
    <message>
        <source>How many weeks after the baseline measurement a review is due</source>
        <translation>Sawl wythnos ar ôl y mesuriad sylfaenol y mae adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>Problem with Review interval in weeks</source>
        <translation>Problem gyda&apos;r Cyfnod adolygu mewn wythnosau</translation>
    </message>
    <message>
        <source>Reminders and publication</source>
        <translation>Nodiadau atgoffa a chyhoeddi</translation>
    </message>
    <message>
        <source>Su&amp;ppress published counts below:</source>
        <translation>A&amp;tal cyfrifon cyhoeddedig o dan:</translation>
    </message>
    <message>
        <source>Suppression threshold</source>
        <translation>Trothwy atal</translation>
    </message>
    <message>
        <source>Counts from 1 up to this number less one are shown as * in anything marked for publication</source>
        <translation>Dangosir cyfrifon o 1 hyd at y rhif hwn llai un fel * mewn unrhyw beth a nodir i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>Problem with Suppression threshold</source>
        <translation>Problem gyda&apos;r Trothwy atal</translation>
    </message>
    <message>
        <source>Directory entries are stale &amp;after:</source>
        <translation>Mae cofnodion y cyfeiriadur yn hen a&amp;r ôl:</translation>
    </message>
    <message>
        <source>Directory entries stale after, in months</source>
        <translation>Cofnodion y cyfeiriadur yn hen ar ôl, mewn misoedd</translation>
    </message>
    <message>
        <source>A directory entry not reviewed for this long is listed for checking</source>
        <translation>Rhestrir cofnod cyfeiriadur nad yw wedi&apos;i adolygu ers cyhyd â hyn i&apos;w wirio</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>Problem with Directory entries stale after, in months</source>
        <translation>Problem gyda Cofnodion y cyfeiriadur yn hen ar ôl, mewn misoedd</translation>
    </message>
    <message>
        <source>Referrals are &amp;chased after:</source>
        <translation>&amp;Mynd ar ôl atgyfeiriadau ar ôl:</translation>
    </message>
    <message>
        <source>Days without a response before a referral is chased</source>
        <translation>Diwrnodau heb ymateb cyn mynd ar ôl atgyfeiriad</translation>
    </message>
    <message>
        <source>A referral with no reply for this many days is listed as having no response</source>
        <translation>Rhestrir atgyfeiriad heb ateb am y nifer hwn o ddiwrnodau fel un heb ymateb</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Problem with Days without a response before a referral is chased</source>
        <translation>Problem gyda Diwrnodau heb ymateb cyn mynd ar ôl atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for:</source>
        <translation>Cadw ac&amp;hosion wedi&apos;u cau am:</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Cyfnod cadw mewn blynyddoedd</translation>
    </message>
    <message>
        <source>Closed cases kept longer than this after closure are listed in Tools &gt; Retention review for anonymisation</source>
        <translation>Rhestrir achosion wedi&apos;u cau a gadwyd yn hwy na hyn ar ôl eu cau yn Offer &gt; Adolygiad cadw i&apos;w dienwi</translation>
    </message>
    <message>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <source>Problem with Retention period in years</source>
        <translation>Problem gyda&apos;r Cyfnod cadw mewn blynyddoedd</translation>
    </message>
    <message>
        <source>Action items need an &amp;update after:</source>
        <translation>Mae angen &amp;diweddaru camau gweithredu ar ôl:</translation>
    </message>
    <message>
        <source>Action items need an update after, in weeks</source>
        <translation>Camau gweithredu angen diweddariad ar ôl, mewn wythnosau</translation>
    </message>
    <message>
        <source>An action-plan item with no progress update for this many weeks needs attention</source>
        <translation>Mae angen sylw ar gam yn y cynllun gweithredu heb ddiweddariad cynnydd am y nifer hwn o wythnosau</translation>
    </message>
    <message>
        <source>Problem with Action items need an update after, in weeks</source>
        <translation>Problem gyda Camau gweithredu angen diweddariad ar ôl, mewn wythnosau</translation>
    </message>
    <message>
        <source>&amp;Measure thresholds</source>
        <translation>Trothwy&amp;on mesur</translation>
    </message>
    <message>
        <source>These numbers decide when a questionnaire score counts as lonely, as low wellbeing or as a meaningful change, on the resident record and in the KPIs. Change them only when your council has agreed different rules: figures are comparable between councils only while the rules are the same.</source>
        <translation>Mae&apos;r rhifau hyn yn penderfynu pryd mae sgôr holiadur yn cyfrif fel unig, fel llesiant isel neu fel newid ystyrlon, ar gofnod y preswylydd ac yn y DPA. Newidiwch nhw dim ond pan fydd eich cyngor wedi cytuno ar reolau gwahanol: dim ond tra bo&apos;r rheolau yr un fath y mae ffigurau&apos;n gymaradwy rhwng cynghorau.</translation>
    </message>
    <message>
        <source>UCLA-3 &amp;lonely from a total of:</source>
        <translation>UCLA-3 unig o gy&amp;fanswm o:</translation>
    </message>
    <message>
        <source>UCLA-3 lonely from total</source>
        <translation>UCLA-3 unig o gyfanswm</translation>
    </message>
    <message>
        <source>UCLA-3 totals from this number up to 9 count as lonely</source>
        <translation>Mae cyfansymiau UCLA-3 o&apos;r rhif hwn hyd at 9 yn cyfrif fel unig</translation>
    </message>
    <message>
        <source>Problem with UCLA-3 lonely from total</source>
        <translation>Problem gyda UCLA-3 unig o gyfanswm</translation>
    </message>
    <message>
        <source>UCLA-3 &amp;improvement (points):</source>
        <translation>Gwe&amp;lliant UCLA-3 (pwyntiau):</translation>
    </message>
    <message>
        <source>UCLA-3 improvement in points</source>
        <translation>Gwelliant UCLA-3 mewn pwyntiau</translation>
    </message>
    <message>
        <source>How many points a UCLA-3 total must fall by to count as improved</source>
        <translation>Faint o bwyntiau y mae&apos;n rhaid i gyfanswm UCLA-3 ostwng i gyfrif fel gwelliant</translation>
    </message>
    <message>
        <source>Problem with UCLA-3 improvement in points</source>
        <translation>Problem gyda Gwelliant UCLA-3 mewn pwyntiau</translation>
    </message>
    <message>
        <source>SWEMWBS meaningful &amp;change (metric points):</source>
        <translation>&amp;Newid ystyrlon SWEMWBS (pwyntiau metrig):</translation>
    </message>
    <message>
        <source>SWEMWBS meaningful change in metric points</source>
        <translation>Newid ystyrlon SWEMWBS mewn pwyntiau metrig</translation>
    </message>
    <message>
        <source>How many SWEMWBS metric points make a meaningful change</source>
        <translation>Faint o bwyntiau metrig SWEMWBS sy&apos;n gwneud newid ystyrlon</translation>
    </message>
    <message>
        <source>Problem with SWEMWBS meaningful change in metric points</source>
        <translation>Problem gyda Newid ystyrlon SWEMWBS mewn pwyntiau metrig</translation>
    </message>
    <message>
        <source>SWEMWBS low wellbeing &amp;below (metric score):</source>
        <translation>SWEMWBS llesiant &amp;isel o dan (sgôr fetrig):</translation>
    </message>
    <message>
        <source>SWEMWBS low wellbeing below metric score</source>
        <translation>SWEMWBS llesiant isel o dan sgôr fetrig</translation>
    </message>
    <message>
        <source>A SWEMWBS metric score below this counts as low wellbeing in the KPIs</source>
        <translation>Mae sgôr fetrig SWEMWBS o dan hyn yn cyfrif fel llesiant isel yn y DPA</translation>
    </message>
    <message>
        <source>Problem with SWEMWBS low wellbeing below metric score</source>
        <translation>Problem gyda SWEMWBS llesiant isel o dan sgôr fetrig</translation>
    </message>
    <message>
        <source>WEMWBS meaningful c&amp;hange (points):</source>
        <translation>Newid ystyrlon WEMW&amp;BS (pwyntiau):</translation>
    </message>
    <message>
        <source>WEMWBS meaningful change in points</source>
        <translation>Newid ystyrlon WEMWBS mewn pwyntiau</translation>
    </message>
    <message>
        <source>How many WEMWBS points make a meaningful change</source>
        <translation>Faint o bwyntiau WEMWBS sy&apos;n gwneud newid ystyrlon</translation>
    </message>
    <message>
        <source>Problem with WEMWBS meaningful change in points</source>
        <translation>Problem gyda Newid ystyrlon WEMWBS mewn pwyntiau</translation>
    </message>
    <message>
        <source>C&amp;EL meaningful change (points):</source>
        <translation>Newid ystyrlon C&amp;EL (pwyntiau):</translation>
    </message>
    <message>
        <source>CEL meaningful change in points</source>
        <translation>Newid ystyrlon CEL mewn pwyntiau</translation>
    </message>
    <message>
        <source>How many Campaign to End Loneliness scale points make a meaningful change</source>
        <translation>Faint o bwyntiau ar raddfa&apos;r Ymgyrch i Roi Terfyn ar Unigrwydd (CEL) sy&apos;n gwneud newid ystyrlon</translation>
    </message>
    <message>
        <source>Problem with CEL meaningful change in points</source>
        <translation>Problem gyda Newid ystyrlon CEL mewn pwyntiau</translation>
    </message>
    <message>
        <source>&amp;De Jong Gierveld meaningful change (points):</source>
        <translation>Newid ystyrlon De &amp;Jong Gierveld (pwyntiau):</translation>
    </message>
    <message>
        <source>De Jong Gierveld meaningful change in points</source>
        <translation>Newid ystyrlon De Jong Gierveld mewn pwyntiau</translation>
    </message>
    <message>
        <source>How many De Jong Gierveld 6-item points make a meaningful change</source>
        <translation>Faint o bwyntiau ar raddfa 6 eitem De Jong Gierveld sy&apos;n gwneud newid ystyrlon</translation>
    </message>
    <message>
        <source>Problem with De Jong Gierveld meaningful change in points</source>
        <translation>Problem gyda Newid ystyrlon De Jong Gierveld mewn pwyntiau</translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation>&amp;Wardiau</translation>
    </message>
    <message>
        <source>Wards are keyed by their ONS code (E05… in England, W05… in Wales, S13… in Scotland). Rename a ward by editing its name in the table. A ward that residents, locations or services refer to cannot be removed.</source>
        <translation>Caiff wardiau eu hadnabod wrth eu cod ONS (E05… yn Lloegr, W05… yng Nghymru, S13… yn yr Alban). Ailenwch ward drwy olygu ei henw yn y tabl. Ni ellir tynnu ward y mae preswylwyr, lleoliadau neu wasanaethau yn cyfeirio ati.</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wardiau</translation>
    </message>
    <message>
        <source>The council&apos;s wards; press F2 to rename the selected ward</source>
        <translation>Wardiau&apos;r cyngor; pwyswch F2 i ailenwi&apos;r ward a ddewiswyd</translation>
    </message>
    <message>
        <source>ONS code</source>
        <translation>Cod ONS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Wards message</source>
        <translation>Neges y wardiau</translation>
    </message>
    <message>
        <source>ONS &amp;code:</source>
        <translation>Co&amp;d ONS:</translation>
    </message>
    <message>
        <source>New ward&apos;s ONS code</source>
        <translation>Cod ONS y ward newydd</translation>
    </message>
    <message>
        <source>The ONS code of a ward to add, such as E05000001</source>
        <translation>Cod ONS ward i&apos;w hychwanegu, fel E05000001</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>New ward&apos;s name</source>
        <translation>Enw&apos;r ward newydd</translation>
    </message>
    <message>
        <source>The name of the ward to add</source>
        <translation>Enw&apos;r ward i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>&amp;Add ward</source>
        <translation>&amp;Ychwanegu ward</translation>
    </message>
    <message>
        <source>Add ward</source>
        <translation>Ychwanegu ward</translation>
    </message>
    <message>
        <source>Add the ward with this code and name</source>
        <translation>Ychwanegu&apos;r ward gyda&apos;r cod a&apos;r enw hwn</translation>
    </message>
    <message>
        <source>&amp;Remove ward</source>
        <translation>&amp;Tynnu ward</translation>
    </message>
    <message>
        <source>Remove the selected ward</source>
        <translation>Tynnu&apos;r ward a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected ward (only if nothing refers to it)</source>
        <translation>Tynnu&apos;r ward a ddewiswyd (dim ond os nad oes dim yn cyfeirio ati)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Mewnforio CSV…</translation>
    </message>
    <message>
        <source>Import wards from a CSV file</source>
        <translation>Mewnforio wardiau o ffeil CSV</translation>
    </message>
    <message>
        <source>Add or rename wards from a CSV file of ONS code and name: all of its rows, or none if any is wrong</source>
        <translation>Ychwanegu neu ailenwi wardiau o ffeil CSV o god ONS ac enw: pob un o&apos;i rhesi, neu ddim un os oes unrhyw un yn anghywir</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Swyddogion</translation>
    </message>
    <message>
        <source>The officers and managers who use Hearth. Edit a name, role or team in the table. Deactivate someone who has left: their name stays on what they recorded, but they are no longer offered to sign in as.</source>
        <translation>Y swyddogion a&apos;r rheolwyr sy&apos;n defnyddio Hearth. Golygwch enw, rôl neu dîm yn y tabl. Dadactifadwch rywun sydd wedi gadael: mae eu henw yn aros ar yr hyn a gofnodwyd ganddynt, ond nid ydynt yn cael eu cynnig i fewngofnodi fel nhw mwyach.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Swyddogion</translation>
    </message>
    <message>
        <source>Officers and managers; press F2 to edit the selected cell</source>
        <translation>Swyddogion a rheolwyr; pwyswch F2 i olygu&apos;r gell a ddewiswyd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Officers message</source>
        <translation>Neges y swyddogion</translation>
    </message>
    <message>
        <source>New officer&apos;s name</source>
        <translation>Enw&apos;r swyddog newydd</translation>
    </message>
    <message>
        <source>The name of an officer or manager to add</source>
        <translation>Enw swyddog neu reolwr i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>New officer&apos;s role</source>
        <translation>Rôl y swyddog newydd</translation>
    </message>
    <message>
        <source>Officer or manager</source>
        <translation>Swyddog neu reolwr</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>New officer&apos;s team</source>
        <translation>Tîm y swyddog newydd</translation>
    </message>
    <message>
        <source>The team, if you have more than one (optional)</source>
        <translation>Y tîm, os oes gennych fwy nag un (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Add officer</source>
        <translation>&amp;Ychwanegu swyddog</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Ychwanegu swyddog</translation>
    </message>
    <message>
        <source>Add an officer or manager with this name, role and team</source>
        <translation>Ychwanegu swyddog neu reolwr gyda&apos;r enw, y rôl a&apos;r tîm hwn</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dadactifadu</translation>
    </message>
    <message>
        <source>Deactivate the selected officer</source>
        <translation>Dadactifadu&apos;r swyddog a ddewiswyd</translation>
    </message>
    <message>
        <source>The selected officer has left: keep their records but stop offering them</source>
        <translation>Mae&apos;r swyddog a ddewiswyd wedi gadael: cadw eu cofnodion ond peidio â&apos;u cynnig mwyach</translation>
    </message>
    <message>
        <source>&amp;Target groups and barriers</source>
        <translation>&amp;Grwpiau targed a rhwystrau</translation>
    </message>
    <message>
        <source>About these lists</source>
        <translation>Ynghylch y rhestrau hyn</translation>
    </message>
    <message>
        <source>Ta&amp;rget groups:</source>
        <translation>Grwpiau t&amp;arged:</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grwpiau targed</translation>
    </message>
    <message>
        <source>The target groups a resident can belong to</source>
        <translation>Y grwpiau targed y gall preswylydd berthyn iddynt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>&amp;Barriers to taking part:</source>
        <translation>&amp;Rhwystrau rhag cymryd rhan:</translation>
    </message>
    <message>
        <source>Barriers to taking part</source>
        <translation>Rhwystrau rhag cymryd rhan</translation>
    </message>
    <message>
        <source>The barriers that can be recorded for a resident</source>
        <translation>Y rhwystrau y gellir eu cofnodi ar gyfer preswylydd</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botymau&apos;r ddeialog</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Hearth databases (*.db *.hearth);;All files (*)</source>
        <translation>Cronfeydd data Hearth (*.db *.hearth);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>“%1” is not a Hearth database, or it is damaged.</source>
        <translation>Nid yw “%1” yn gronfa ddata Hearth, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Hearth. Install that version to open it.</source>
        <translation>Gwnaed “%1” gan fersiwn mwy newydd o Hearth. Gosodwch y fersiwn honno i&apos;w hagor.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program, such as hearth-cli or a backup. Try again when it has finished.</source>
        <translation>Mae “%1” yn cael ei defnyddio gan raglen arall, fel hearth-cli neu gopi wrth gefn. Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>“%1” already exists. Hearth will not overwrite it: choose a new file name.</source>
        <translation>Mae “%1” yn bodoli eisoes. Ni fydd Hearth yn ei throsysgrifo: dewiswch enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Hearth cannot open “%1”. Check that the file exists and that you may read and change it.</source>
        <translation>Ni all Hearth agor “%1”. Gwiriwch fod y ffeil yn bodoli a bod gennych hawl i&apos;w darllen a&apos;i newid.</translation>
    </message>
    <message>
        <source>Hearth could not open “%1”.</source>
        <translation>Nid oedd Hearth yn gallu agor “%1”.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message>
        <source>You can open another Hearth database, create a new one, or quit Hearth.</source>
        <translation>Gallwch agor cronfa ddata Hearth arall, creu un newydd, neu gau Hearth.</translation>
    </message>
    <message>
        <source>Open Hearth database</source>
        <translation>Agor cronfa ddata Hearth</translation>
    </message>
    <message>
        <source>New Hearth database</source>
        <translation>Cronfa ddata Hearth newydd</translation>
    </message>
</context>
<context>
    <name>FieldErrorDisplay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
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
        <source>%1 (retired)</source>
        <translation>%1 (wedi&apos;i ymddeol)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Cynnwys yr adran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Cronfeydd data &amp;diweddar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Cronfa ddata &amp;newydd…</translation>
    </message>
    <message>
        <source>Create a new, empty Hearth database and open it</source>
        <translation>Creu cronfa ddata Hearth newydd, wag a&apos;i hagor</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <source>Open an existing Hearth database</source>
        <translation>Agor cronfa ddata Hearth sy&apos;n bodoli</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>C&amp;lirio&apos;r rhestr</translation>
    </message>
    <message>
        <source>Forget the recently opened databases (the files are not touched)</source>
        <translation>Anghofio&apos;r cronfeydd data a agorwyd yn ddiweddar (nid yw&apos;r ffeiliau&apos;n cael eu cyffwrdd)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ymadael</translation>
    </message>
    <message>
        <source>Close Hearth</source>
        <translation>Cau Hearth</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the figures again from the database</source>
        <translation>Darllen y ffigurau eto o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Ynghylch Hearth</translation>
    </message>
    <message>
        <source>Version, licence and privacy</source>
        <translation>Fersiwn, trwydded a phreifatrwydd</translation>
    </message>
    <message>
        <source>&amp;Import residents from CSV…</source>
        <translation>Mewnforio &amp;preswylwyr o CSV…</translation>
    </message>
    <message>
        <source>Add residents from a spreadsheet saved as CSV: match its columns, check every row, then import</source>
        <translation>Ychwanegu preswylwyr o daenlen wedi&apos;i chadw fel CSV: cyfateb ei cholofnau, gwirio pob rhes, yna mewnforio</translation>
    </message>
    <message>
        <source>&amp;Council settings…</source>
        <translation>Go&amp;sodiadau&apos;r cyngor…</translation>
    </message>
    <message>
        <source>The council&apos;s name, primary loneliness instrument, review interval, thresholds, wards and officers</source>
        <translation>Enw&apos;r cyngor, y prif offeryn unigrwydd, y cyfnod adolygu, trothwyon, wardiau a swyddogion</translation>
    </message>
    <message>
        <source>&amp;Sign in as…</source>
        <translation>Mewngofnodi &amp;fel…</translation>
    </message>
    <message>
        <source>Choose the officer whose name goes on what you record in this database</source>
        <translation>Dewiswch y swyddog y mae ei enw&apos;n mynd ar yr hyn rydych yn ei gofnodi yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>Choose the part of Hearth to show. Ctrl+1 to Ctrl+7 choose a section from anywhere.</source>
        <translation>Dewiswch y rhan o Hearth i&apos;w dangos. Mae Ctrl+1 i Ctrl+7 yn dewis adran o unrhyw le.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ymadael</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Agor cronfa ddata arall…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Creu cronfa ddata newydd…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Set to 100%</source>
        <translation>Gosod i 100%</translation>
    </message>
    <message>
        <source>Keep as entered</source>
        <translation>Cadw fel y&apos;i rhoddwyd</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Preswylydd newydd</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Achos agored</translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation>Adrannau&apos;r cofnod</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Enw teuluol</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Dyddiad &amp;geni</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>A date such as 22/11/2026</source>
        <translation>Dyddiad fel 22/11/2026</translation>
    </message>
    <message>
        <source>&amp;Age band (no date of birth)</source>
        <translation>&amp;Band oedran (dim dyddiad geni)</translation>
    </message>
    <message>
        <source>Age band (no date of birth)</source>
        <translation>Band oedran (dim dyddiad geni)</translation>
    </message>
    <message>
        <source>Sex, gender, ethnicity and health (Census 2021 and GSS questions)</source>
        <translation>Rhyw, rhywedd, ethnigrwydd ac iechyd (cwestiynau Cyfrifiad 2021 a GSS)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Rhy&amp;w</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Gender as registered at birth</source>
        <translation>Rhywedd fel y&apos;i cofrestrwyd adeg geni</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Hunaniaeth rhywedd</translation>
    </message>
    <message>
        <source>E&amp;thnic group</source>
        <translation>Grŵ&amp;p ethnig</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Grŵp ethnig</translation>
    </message>
    <message>
        <source>Long-term condition</source>
        <translation>Cyflwr hirdymor</translation>
    </message>
    <message>
        <source>Day-to-day activities limited</source>
        <translation>Gweithgareddau o ddydd i ddydd wedi&apos;u cyfyngu</translation>
    </message>
    <message>
        <source>Address and contact details</source>
        <translation>Cyfeiriad a manylion cyswllt</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Llinell cyfeiriad &amp;1</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Llinell cyfeiriad 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Llinell cyfeiriad 2</translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation>T&amp;ref</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Wa&amp;rd</source>
        <translation>&amp;Ward</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-b&amp;ost</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Dull cysylltu dewisol</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Yn byw ar ei ben/phen ei hun</translation>
    </message>
    <message>
        <source>Is a carer</source>
        <translation>Yn ofalwr</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Nodwyd ar</translation>
    </message>
    <message>
        <source>Identified b&amp;y</source>
        <translation>Nodwyd &amp;gan</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Nodwyd gan</translation>
    </message>
    <message>
        <source>Engaged with services before</source>
        <translation>Wedi ymwneud â gwasanaethau o&apos;r blaen</translation>
    </message>
    <message>
        <source>Assigned &amp;officer</source>
        <translation>&amp;Swyddog penodedig</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>Swyddog penodedig</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grwpiau targed</translation>
    </message>
    <message>
        <source>Barriers to taking part</source>
        <translation>Rhwystrau rhag cymryd rhan</translation>
    </message>
    <message>
        <source>Consent and lawful basis</source>
        <translation>Caniatâd a sail gyfreithlon</translation>
    </message>
    <message>
        <source>Consents to Hearth storing details</source>
        <translation>Yn caniatáu i Hearth storio manylion</translation>
    </message>
    <message>
        <source>Consents to sharing with services</source>
        <translation>Yn caniatáu rhannu â gwasanaethau</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dyddiad caniatâd</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>Sail gyfreithl&amp;on</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Baneri risg</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Crisis since</source>
        <translation>Argyfwng ers</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Safeguarding concern since</source>
        <translation>Pryder diogelu ers</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>C&amp;ysylltiadau</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Cysylltiadau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Ychwanegu cysw&amp;llt…</translation>
    </message>
    <message>
        <source>Add co&amp;rrection…</source>
        <translation>Yc&amp;hwanegu cywiriad…</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>Mes&amp;urau</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>&amp;Ailagor yr achos</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Resident details</source>
        <translation>Manylion y preswylydd</translation>
    </message>
    <message>
        <source>Gi&amp;ven name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>Fam&amp;ily name</source>
        <translation>Enw teulu&amp;ol</translation>
    </message>
    <message>
        <source>Preferred &amp;name</source>
        <translation>Enw dew&amp;isol</translation>
    </message>
    <message>
        <source>Iden&amp;tified on</source>
        <translation>Nodwyd &amp;ar</translation>
    </message>
    <message>
        <source>Tar&amp;get groups</source>
        <translation>Grw&amp;piau targed</translation>
    </message>
    <message>
        <source>Consent d&amp;ate</source>
        <translation>Dyddiad c&amp;aniatâd</translation>
    </message>
    <message>
        <source>Cl&amp;ose case…</source>
        <translation>Cau&apos;r &amp;achos…</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>Ail&amp;wneud</translation>
    </message>
</context>
<context>
    <name>hearth::models::AuditEventModel</name>
    <message>
        <source>(no officer)</source>
        <translation>(dim swyddog)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
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
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
</context>
<context>
    <name>hearth::models::CaseloadModel</name>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (yn ddyledus heddiw)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>A crisis or safeguarding concern is recorded: open the record for details.</source>
        <translation>Mae argyfwng neu bryder diogelu wedi&apos;i gofnodi: agorwch y cofnod am fanylion.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grwpiau targed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Nodwyd ar</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Camau dilynol nesaf</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
</context>
<context>
    <name>hearth::models::ContactTimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction to the note of %1: %2</source>
        <translation>Cywiriad i nodyn %1: %2</translation>
    </message>
    <message>
        <source>[Corrected on %1] %2</source>
        <translation>[Cywirwyd ar %1] %2</translation>
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
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Camau dilynol yn ddyledus</translation>
    </message>
</context>
<context>
    <name>hearth::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Wedi&apos;i adeiladu gyda Qt %1, yn rhedeg ar Qt %2.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::CouncilSettingsDialog</name>
    <message>
        <source>%1 has no “lonely” classification: the KPIs that count lonely residents will be empty</source>
        <translation>Nid oes gan %1 ddosbarthiad “unig”: bydd y DPA sy&apos;n cyfrif preswylwyr unig yn wag</translation>
    </message>
    <message>
        <source>The KPIs count “%1” by this instrument</source>
        <translation>Mae&apos;r DPA yn cyfrif “%1” yn ôl yr offeryn hwn</translation>
    </message>
    <message>
        <source>Cannot save the council settings</source>
        <translation>Methu cadw gosodiadau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Ward %1: %2</source>
        <translation>Ward %1: %2</translation>
    </message>
    <message>
        <source>Officer in row %1: %2</source>
        <translation>Swyddog yn rhes %1: %2</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>Nid oedd modd ysgrifennu i&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>Ward %1 is in the list already; to rename it, edit its name in the table.</source>
        <translation>Mae ward %1 yn y rhestr eisoes; i&apos;w hailenwi, golygwch ei henw yn y tabl.</translation>
    </message>
    <message>
        <source>Ward %1 is added when you press OK.</source>
        <translation>Caiff ward %1 ei hychwanegu pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>Choose the ward to remove in the table first.</source>
        <translation>Dewiswch y ward i&apos;w thynnu yn y tabl yn gyntaf.</translation>
    </message>
    <message>
        <source>Cannot tell whether ward %1 is in use, so it was not removed.</source>
        <translation>Methu dweud a yw ward %1 yn cael ei defnyddio, felly ni chafodd ei thynnu.</translation>
    </message>
    <message numerus="yes">
        <source>Ward %1 cannot be removed: %n resident(s), location(s) or service(s) refer to it.</source>
        <translation>
            <numerusform>Ni ellir tynnu ward %1: mae %n preswylydd, lleoliad neu wasanaeth yn cyfeirio ati.</numerusform>
            <numerusform>Ni ellir tynnu ward %1: mae %n preswylydd, lleoliad neu wasanaeth yn cyfeirio ati.</numerusform>
            <numerusform>Ni ellir tynnu ward %1: mae %n preswylydd, lleoliad neu wasanaeth yn cyfeirio ati.</numerusform>
            <numerusform>Ni ellir tynnu ward %1: mae %n preswylydd, lleoliad neu wasanaeth yn cyfeirio ati.</numerusform>
            <numerusform>Ni ellir tynnu ward %1: mae %n preswylydd, lleoliad neu wasanaeth yn cyfeirio ati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ward %1 is removed when you press OK.</source>
        <translation>Caiff ward %1 ei thynnu pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>Import wards</source>
        <translation>Mewnforio wardiau</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Cannot import wards</source>
        <translation>Methu mewnforio wardiau</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Ni ellir darllen %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s), so no ward was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>Mae gan %1 %n problem, felly ni fewnforiwyd unrhyw ward. Cywirwch y ffeil a&apos;i mewnforio eto.</numerusform>
            <numerusform>Mae gan %1 %n problem, felly ni fewnforiwyd unrhyw ward. Cywirwch y ffeil a&apos;i mewnforio eto.</numerusform>
            <numerusform>Mae gan %1 %n problem, felly ni fewnforiwyd unrhyw ward. Cywirwch y ffeil a&apos;i mewnforio eto.</numerusform>
            <numerusform>Mae gan %1 %n problem, felly ni fewnforiwyd unrhyw ward. Cywirwch y ffeil a&apos;i mewnforio eto.</numerusform>
            <numerusform>Mae gan %1 %n problem, felly ni fewnforiwyd unrhyw ward. Cywirwch y ffeil a&apos;i mewnforio eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wards not imported</source>
        <translation>Ni fewnforiwyd y wardiau</translation>
    </message>
    <message numerus="yes">
        <source>Read %n ward(s) from %1: %2 new, %3 renamed. They are saved when you press OK.</source>
        <translation>
            <numerusform>Darllenwyd %n ward o %1: %2 newydd, %3 wedi&apos;u hailenwi. Cânt eu cadw pan fyddwch yn pwyso Iawn.</numerusform>
            <numerusform>Darllenwyd %n ward o %1: %2 newydd, %3 wedi&apos;u hailenwi. Cânt eu cadw pan fyddwch yn pwyso Iawn.</numerusform>
            <numerusform>Darllenwyd %n ward o %1: %2 newydd, %3 wedi&apos;u hailenwi. Cânt eu cadw pan fyddwch yn pwyso Iawn.</numerusform>
            <numerusform>Darllenwyd %n ward o %1: %2 newydd, %3 wedi&apos;u hailenwi. Cânt eu cadw pan fyddwch yn pwyso Iawn.</numerusform>
            <numerusform>Darllenwyd %n ward o %1: %2 newydd, %3 wedi&apos;u hailenwi. Cânt eu cadw pan fyddwch yn pwyso Iawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <source>%1 is added when you press OK.</source>
        <translation>Caiff %1 ei ychwanegu pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>Choose the officer to deactivate in the table first.</source>
        <translation>Dewiswch y swyddog i&apos;w ddadactifadu yn y tabl yn gyntaf.</translation>
    </message>
    <message>
        <source>You are signed in as %1. Sign in as someone else before deactivating them.</source>
        <translation>Rydych wedi mewngofnodi fel %1. Mewngofnodwch fel rhywun arall cyn eu dadactifadu.</translation>
    </message>
    <message>
        <source>%1 is no longer added.</source>
        <translation>Ni fydd %1 yn cael ei ychwanegu mwyach.</translation>
    </message>
    <message>
        <source>%1 is deactivated when you press OK.</source>
        <translation>Caiff %1 ei ddadactifadu pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>Hearth&apos;s own target groups and barriers keep their codes in every council, so that KPI breakdowns can be compared. Add the council&apos;s own terms below; retire a term you no longer use: it is no longer offered for new entries, but residents who have it keep it and still count in the KPIs.</source>
        <translation>Mae grwpiau targed a rhwystrau Hearth ei hun yn cadw eu codau ym mhob cyngor, fel bod modd cymharu dadansoddiadau DPA. Ychwanegwch dermau&apos;r cyngor ei hun isod; ymddeolwch derm nad ydych yn ei ddefnyddio mwyach: ni chaiff ei gynnig ar gyfer cofnodion newydd, ond mae preswylwyr sydd ag ef yn ei gadw ac yn dal i gyfrif yn y DPA.</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translation>Grwpiau tar&amp;ged</translation>
    </message>
    <message>
        <source>Barrier&amp;s</source>
        <translation>Rhwystra&amp;u</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>grŵp targed</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>rhwystr</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Label of a new %1, or the new label</source>
        <translation>Label %1 newydd, neu&apos;r label newydd</translation>
    </message>
    <message>
        <source>Label for a new or renamed %1</source>
        <translation>Label ar gyfer %1 newydd neu wedi&apos;i ailenwi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ailenwi</translation>
    </message>
    <message>
        <source>Rename the selected %1</source>
        <translation>Ailenwi&apos;r %1 a ddewiswyd</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ymddeol</translation>
    </message>
    <message>
        <source>Retire or restore the selected %1</source>
        <translation>Ymddeol neu adfer y %1 a ddewiswyd</translation>
    </message>
    <message>
        <source>Hearth&apos;s own</source>
        <translation>Un Hearth ei hun</translation>
    </message>
    <message>
        <source>Added by the council</source>
        <translation>Wedi&apos;i ychwanegu gan y cyngor</translation>
    </message>
    <message>
        <source>%1, retired</source>
        <translation>%1, wedi&apos;i ymddeol</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Added with the code %1. It is saved when you press OK.</source>
        <translation>Wedi&apos;i ychwanegu gyda&apos;r cod %1. Caiff ei gadw pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>%1 is retired: no longer offered for new entries; residents who have it keep it.</source>
        <translation>Mae %1 wedi&apos;i ymddeol: nid yw&apos;n cael ei gynnig ar gyfer cofnodion newydd mwyach; mae preswylwyr sydd ag ef yn ei gadw.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::GuideWindow</name>
    <message>
        <source>Hearth user guide</source>
        <translation>Canllaw defnyddiwr Hearth</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the page shown before</source>
        <translation>Mynd yn ôl i&apos;r dudalen a ddangoswyd o&apos;r blaen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Mynd ymlaen eto</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Show the guide&apos;s contents page</source>
        <translation>Dangos tudalen gynnwys y canllaw</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Penodau</translation>
    </message>
    <message>
        <source>The chapters of the guide. Press Enter or choose one to read it.</source>
        <translation>Penodau&apos;r canllaw. Pwyswch Enter neu dewiswch un i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Testun y canllaw</translation>
    </message>
    <message>
        <source>The chapter. Tab moves between its links; Enter follows one.</source>
        <translation>Y bennod. Mae Tab yn symud rhwng ei dolenni; mae Enter yn dilyn un.</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>&amp;Penodau</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Open the user guide at the chapter about this page</source>
        <translation>Agor y canllaw defnyddiwr yn y bennod am y dudalen hon</translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation>Heb ddod o hyd i&apos;r canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>The user guide is not installed where Hearth looks for it.</source>
        <translation>Nid yw&apos;r canllaw defnyddiwr wedi&apos;i osod lle mae Hearth yn chwilio amdano.</translation>
    </message>
    <message>
        <source>Hearth looked for index.html in these folders:
%1

Set HEARTH_GUIDE_DIR to the folder that holds it, or ask IT to reinstall Hearth.</source>
        <translation>Chwiliodd Hearth am index.html yn y ffolderi hyn:
%1

Gosodwch HEARTH_GUIDE_DIR i&apos;r ffolder sy&apos;n ei gadw, neu gofynnwch i TG ailosod Hearth.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Language of Hearth’s windows</source>
        <translation>Iaith ffenestri Hearth</translation>
    </message>
    <message>
        <source>&amp;System default (now %1)</source>
        <translation>Iaith y &amp;system (%1 ar hyn o bryd)</translation>
    </message>
    <message>
        <source>The change applies when Hearth next starts. Dates and numbers follow the language: Welsh month and day names, British number format.</source>
        <translation>Daw&apos;r newid i rym pan fydd Hearth yn cychwyn nesaf. Mae dyddiadau a rhifau&apos;n dilyn yr iaith: enwau misoedd a dyddiau yn Gymraeg, fformat rhifau Prydeinig.</translation>
    </message>
    <message>
        <source>In use now: %1.</source>
        <translation>Yn cael ei defnyddio nawr: %1.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MainWindow</name>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Llwybr byr: %1</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Dangos y dudalen %1</translation>
    </message>
    <message>
        <source>Click to sign in as another officer</source>
        <translation>Cliciwch i fewngofnodi fel swyddog arall</translation>
    </message>
    <message>
        <source>New Hearth database</source>
        <translation>Cronfa ddata Hearth newydd</translation>
    </message>
    <message>
        <source>Open Hearth database</source>
        <translation>Agor cronfa ddata Hearth</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message>
        <source>The database that was open, “%1”, is still open.</source>
        <translation>Mae&apos;r gronfa ddata a oedd ar agor, “%1”, yn dal ar agor.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Agorwyd %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cronfa ddata: %1</translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation>Dim swyddog wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Officer: %1 (deactivated)</source>
        <translation>Swyddog: %1 (wedi&apos;i ddadactifadu)</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Swyddog: %1</translation>
    </message>
    <message>
        <source>Officer not found in this database</source>
        <translation>Ni chafwyd hyd i&apos;r swyddog yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>Officer unknown</source>
        <translation>Swyddog anhysbys</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Sgema %1</translation>
    </message>
    <message>
        <source>%1 – Hearth</source>
        <translation>%1 – Hearth</translation>
    </message>
    <message>
        <source>Cannot show the council settings</source>
        <translation>Methu dangos gosodiadau&apos;r cyngor</translation>
    </message>
    <message>
        <source>The council settings could not be read from the database.</source>
        <translation>Nid oedd modd darllen gosodiadau&apos;r cyngor o&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Cynnydd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Backing up… %p%</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn… %p%</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud &amp;copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Write a backup of the database into the backup folder beside it</source>
        <translation>Ysgrifennu copi wrth gefn o&apos;r gronfa ddata i&apos;r ffolder copïau wrth gefn wrth ei hochr</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Ad&amp;fer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Rhoi un o&apos;i chopïau wrth gefn yn lle&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>C&amp;heck database</source>
        <translation>Gwi&amp;rio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Check the database file, its links, search index and audit trail</source>
        <translation>Gwirio ffeil y gronfa ddata, ei chysylltiadau, ei mynegai chwilio a&apos;i llwybr archwilio</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Adolygiad cadw…</translation>
    </message>
    <message>
        <source>Closed cases past the retention period, to anonymise</source>
        <translation>Achosion wedi&apos;u cau sydd y tu hwnt i&apos;r cyfnod cadw, i&apos;w dienwi</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Mae copi wrth gefn yn cael ei ysgrifennu eisoes.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copi wrth gefn wedi&apos;i wneud i %1</translation>
    </message>
    <message>
        <source>⚠ The backup failed; the earlier backups are kept.</source>
        <translation>⚠ Methodd y copi wrth gefn; mae&apos;r copïau wrth gefn cynharach yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>The backup could not be written; the earlier backups are kept.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn; mae&apos;r copïau wrth gefn cynharach yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?</source>
        <translation>Rhoi&apos;r copi wrth gefn %2 yn lle popeth yn %1?</translation>
    </message>
    <message>
        <source>What was recorded since the backup was made is lost from this database. A backup of the database as it is now is made first, so this can be undone by restoring that one.</source>
        <translation>Bydd yr hyn a gofnodwyd ers gwneud y copi wrth gefn yn cael ei golli o&apos;r gronfa ddata hon. Gwneir copi wrth gefn o&apos;r gronfa ddata fel y mae nawr yn gyntaf, fel y gellir dadwneud hyn drwy adfer hwnnw.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <source>Nothing was restored; the database is as it was.</source>
        <translation>Ni adferwyd dim; mae&apos;r gronfa ddata fel yr oedd.</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Adferwyd %1 o %2</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>Adferwyd y gronfa ddata o %1.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Gwirio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Iaith…</translation>
    </message>
    <message>
        <source>Choose English or Welsh for Hearth’s windows (from the next start)</source>
        <translation>Dewis Cymraeg neu Saesneg ar gyfer ffenestri Hearth (o&apos;r cychwyn nesaf)</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Wrthi&apos;n gwirio&apos;r gronfa ddata…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Gwirio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Check database cancelled.</source>
        <translation>Gwirio&apos;r gronfa ddata wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Nid oedd modd gwirio&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Wrthi&apos;n gwirio&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backing up the database as it is now…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;r gronfa ddata fel y mae nawr…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Wrthi&apos;n adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Mae Canslo yn gadael y gronfa ddata fel yr oedd.</translation>
    </message>
    <message>
        <source>Cancelling; the database is left as it was…</source>
        <translation>Wrthi&apos;n canslo; mae&apos;r gronfa ddata&apos;n cael ei gadael fel yr oedd…</translation>
    </message>
    <message>
        <source>Restore cancelled; the database is as it was.</source>
        <translation>Canslwyd yr adfer; mae&apos;r gronfa ddata fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PlannedPage</name>
    <message>
        <source>This part of Hearth arrives in a later version. Nothing on this page works yet.</source>
        <translation>Mae&apos;r rhan hon o Hearth yn dod mewn fersiwn diweddarach. Nid oes dim ar y dudalen hon yn gweithio eto.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Choose who you are. Hearth puts your name on everything you record or change in this database, and remembers you the next time it is opened.</source>
        <translation>Dewiswch pwy ydych chi. Mae Hearth yn rhoi eich enw ar bopeth rydych yn ei gofnodi neu&apos;n ei newid yn y gronfa ddata hon, ac yn eich cofio y tro nesaf y caiff ei hagor.</translation>
    </message>
    <message>
        <source>&amp;Officers:</source>
        <translation>&amp;Swyddogion:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Swyddogion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>This database has no officers yet. Add yourself as the first one; you can add the rest of your team in Council settings.</source>
        <translation>Nid oes swyddogion yn y gronfa ddata hon eto. Ychwanegwch eich hun fel y cyntaf; gallwch ychwanegu gweddill eich tîm yng Ngosodiadau&apos;r cyngor.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Eich enw:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Add and sign in</source>
        <translation>&amp;Ychwanegu a mewngofnodi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Dewiswch eich enw yn y rhestr.</translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation>Eich enw: %1</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Methu mewngofnodi: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wrthi&apos;n canslo…</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>hearth::ui::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wrthi&apos;n canslo…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case management for council loneliness officers and social prescribing link workers.</source>
        <translation>Rheoli achosion ar gyfer swyddogion unigrwydd cynghorau a gweithwyr cyswllt presgripsiynu cymdeithasol.</translation>
    </message>
    <message>
        <source>Open the Hearth database at &lt;path&gt; (it must exist). Without it: $HEARTH_DB, else the database last opened, else the default one.</source>
        <translation>Agor y gronfa ddata Hearth yn &lt;path&gt; (rhaid iddi fodoli). Hebddo: $HEARTH_DB, fel arall y gronfa ddata a agorwyd ddiwethaf, fel arall yr un ddiofyn.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>llwybr</translation>
    </message>
    <message>
        <source>Write debugging detail to the log.</source>
        <translation>Ysgrifennu manylion dadfygio i&apos;r log.</translation>
    </message>
</context>
</TS>
