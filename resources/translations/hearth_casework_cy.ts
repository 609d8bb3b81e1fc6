<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>CheckReport</name>
    <message>
        <source>The database is sound.</source>
        <translation>Mae&apos;r gronfa ddata mewn cyflwr da.</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Mae&apos;r ffeil wedi&apos;i difrodi: %1</translation>
    </message>
    <message>
        <source>A record&apos;s link is broken: %1</source>
        <translation>Mae dolen cofnod wedi torri: %1</translation>
    </message>
    <message>
        <source>The search index does not match the records: %1</source>
        <translation>Nid yw&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion: %1</translation>
    </message>
    <message>
        <source>The audit trail was changed: %1</source>
        <translation>Cafodd y llwybr archwilio ei newid: %1</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File &gt; Restore from backup…) or ask your IT support for help.</source>
        <translation>Adferwch y copi wrth gefn da diweddaraf (Ffeil &gt; Adfer o gopi wrth gefn…) neu gofynnwch i&apos;ch tîm cymorth TG am help.</translation>
    </message>
    <message numerus="yes">
        <source>The file is intact, every record&apos;s links are in place, the search index matches the records and the audit trail has not been changed (schema %1, %n resident(s)).</source>
        <translation>
            <numerusform>Mae&apos;r ffeil yn gyfan, mae dolenni pob cofnod yn eu lle, mae&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion ac nid yw&apos;r llwybr archwilio wedi&apos;i newid (sgema %1, %n preswylydd).</numerusform>
            <numerusform>Mae&apos;r ffeil yn gyfan, mae dolenni pob cofnod yn eu lle, mae&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion ac nid yw&apos;r llwybr archwilio wedi&apos;i newid (sgema %1, %n preswylydd).</numerusform>
            <numerusform>Mae&apos;r ffeil yn gyfan, mae dolenni pob cofnod yn eu lle, mae&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion ac nid yw&apos;r llwybr archwilio wedi&apos;i newid (sgema %1, %n preswylydd).</numerusform>
            <numerusform>Mae&apos;r ffeil yn gyfan, mae dolenni pob cofnod yn eu lle, mae&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion ac nid yw&apos;r llwybr archwilio wedi&apos;i newid (sgema %1, %n preswylydd).</numerusform>
            <numerusform>Mae&apos;r ffeil yn gyfan, mae dolenni pob cofnod yn eu lle, mae&apos;r mynegai chwilio yn cyfateb i&apos;r cofnodion ac nid yw&apos;r llwybr archwilio wedi&apos;i newid (sgema %1, %n preswylydd).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>Mae gan y gronfa ddata %n problem.</numerusform>
            <numerusform>Mae gan y gronfa ddata %n problem.</numerusform>
            <numerusform>Mae gan y gronfa ddata %n problem.</numerusform>
            <numerusform>Mae gan y gronfa ddata %n problem.</numerusform>
            <numerusform>Mae gan y gronfa ddata %n problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResidentsWizard</name>
    <message numerus="yes">
        <source>Read as %1, %2 separated: %n row(s) below the header</source>
        <translation>
            <numerusform>Darllenwyd fel %1, gwahanydd %2: %n rhes o dan y pennawd</numerusform>
            <numerusform>Darllenwyd fel %1, gwahanydd %2: %n rhes o dan y pennawd</numerusform>
            <numerusform>Darllenwyd fel %1, gwahanydd %2: %n rhes o dan y pennawd</numerusform>
            <numerusform>Darllenwyd fel %1, gwahanydd %2: %n rhes o dan y pennawd</numerusform>
            <numerusform>Darllenwyd fel %1, gwahanydd %2: %n rhes o dan y pennawd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n column(s).</source>
        <translation>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Wrthi&apos;n gwirio %n rhes…</numerusform>
            <numerusform>Wrthi&apos;n gwirio %n rhes…</numerusform>
            <numerusform>Wrthi&apos;n gwirio %n rhes…</numerusform>
            <numerusform>Wrthi&apos;n gwirio %n rhes…</numerusform>
            <numerusform>Wrthi&apos;n gwirio %n rhes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Any</source>
        <translation>Unrhyw ddyddiad</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>edit %1</source>
        <translation>golygu %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Llwybr archwilio</translation>
    </message>
    <message>
        <source>Who viewed, created, changed, exported, imported, synchronised or purged what, and when. Events are never changed or removed; each carries the fingerprint of the one before, so Verify chain can tell if one was.</source>
        <translation>Pwy wnaeth weld, creu, newid, allforio, mewnforio, cysoni neu garthu beth, a phryd. Nid yw digwyddiadau byth yn cael eu newid na&apos;u tynnu; mae pob un yn cario ôl bys yr un o&apos;i flaen, fel y gall Gwirio&apos;r gadwyn ddweud a ddigwyddodd hynny i un.</translation>
    </message>
    <message>
        <source>&amp;Resident (name or id):</source>
        <translation>&amp;Preswylydd (enw neu ID):</translation>
    </message>
    <message>
        <source>Find a resident by name or id</source>
        <translation>Dod o hyd i breswylydd yn ôl enw neu ID</translation>
    </message>
    <message>
        <source>Type a name or id, then Enter</source>
        <translation>Teipiwch enw neu ID, yna Enter</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>C&amp;anfod</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation>Unrhyw breswylydd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Gw&amp;eithred:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Unrhyw weithred</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Digwyddiadau archwilio, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Check that no audit event was changed or removed</source>
        <translation>Gwirio nad oes unrhyw ddigwyddiad archwilio wedi&apos;i newid na&apos;i dynnu</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Nid oedd modd darllen y llwybr archwilio: %1</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Unrhyw swyddog</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erased resident %1</source>
        <translation>Preswylydd %1 wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 residents match; the first %2 are offered. Type more of the name.</source>
        <translation>Mae %1 preswylydd yn cyfateb; cynigir y %2 cyntaf. Teipiwch fwy o&apos;r enw.</translation>
    </message>
    <message>
        <source>Any resident (no match for “%1”)</source>
        <translation>Unrhyw breswylydd (dim yn cyfateb i “%1”)</translation>
    </message>
    <message>
        <source>The To date is before the From date: no events can match. Change one of them.</source>
        <translation>Mae&apos;r dyddiad Hyd at cyn y dyddiad O: ni all unrhyw ddigwyddiad gyfateb. Newidiwch un ohonynt.</translation>
    </message>
    <message>
        <source>1 event matches.</source>
        <translation>Mae 1 digwyddiad yn cyfateb.</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>1 digwyddiad.</translation>
    </message>
    <message>
        <source>%1 events match.</source>
        <translation>Mae %1 digwyddiad yn cyfateb.</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>%1 digwyddiad, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>✔ The chain is intact: all %1 events are as they were written.</source>
        <translation>✔ Mae&apos;r gadwyn yn gyfan: mae pob un o&apos;r %1 digwyddiad fel y cawsant eu hysgrifennu.</translation>
    </message>
    <message>
        <source>✖ The chain is broken: %1. The audit trail has been tampered with; tell your manager and keep a copy of this database as it is.</source>
        <translation>✖ Mae&apos;r gadwyn wedi torri: %1. Mae rhywun wedi ymyrryd â&apos;r llwybr archwilio; dywedwch wrth eich rheolwr a chadwch gopi o&apos;r gronfa ddata hon fel y mae.</translation>
    </message>
    <message>
        <source>Stop checking: the chain is left as it is, unchecked</source>
        <translation>Rhoi&apos;r gorau i wirio: mae&apos;r gadwyn yn cael ei gadael fel y mae, heb ei gwirio</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Wrthi&apos;n gwirio&apos;r gadwyn archwilio…</translation>
    </message>
    <message>
        <source>Check cancelled: the chain was not checked.</source>
        <translation>Gwiriad wedi&apos;i ganslo: ni chafodd y gadwyn ei gwirio.</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r gadwyn: %1</translation>
    </message>
    <message>
        <source>Offi&amp;cer:</source>
        <translation>&amp;Swyddog:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>V&amp;erify chain</source>
        <translation>G&amp;wirio&apos;r gadwyn</translation>
    </message>
</context>
<context>
    <name>hearth::ui::BackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Hearth backs up this database when it closes and once a day, into the folder %1. Restoring replaces everything in the database with the backup: what was recorded since is lost (a backup of the database as it is now is made first).</source>
        <translation>Mae Hearth yn gwneud copi wrth gefn o&apos;r gronfa ddata hon pan fydd yn cau ac unwaith y dydd, yn y ffolder %1. Mae adfer yn disodli popeth yn y gronfa ddata â&apos;r copi wrth gefn: collir yr hyn a gofnodwyd ers hynny (gwneir copi wrth gefn o&apos;r gronfa ddata fel y mae nawr yn gyntaf).</translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation>Copïau wrth gefn awtomatig, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>There is no automatic backup yet.</source>
        <translation>Nid oes copi wrth gefn awtomatig eto.</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Nifer y copïau wrth gefn awtomatig i&apos;w cadw</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Cadw&apos;r diweddaraf:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Adfer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Dewis &amp;ffeil…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Adfer o ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>Hearth databases (*.sqlite *.db *.hearth);;All files (*)</source>
        <translation>Cronfeydd data Hearth (*.sqlite *.db *.hearth);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::CaseloadPage</name>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Preswylydd newydd</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Achosion wedi&apos;u cau</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Pob ward</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Pob swyddog</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Pob grŵp targed</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Unrhyw ffynhonnell</translation>
    </message>
    <message>
        <source>Type at least two letters to search.</source>
        <translation>Teipiwch o leiaf ddwy lythyren i chwilio.</translation>
    </message>
    <message>
        <source>&amp;Your follow-ups due today or overdue</source>
        <translation>&amp;Eich camau dilynol sy&apos;n ddyledus heddiw neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Open cases: %1</source>
        <translation>Achosion agored: %1</translation>
    </message>
    <message>
        <source>Closed cases: %1</source>
        <translation>Achosion wedi&apos;u cau: %1</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1</source>
        <translation>Camau dilynol sy&apos;n ddyledus heddiw neu&apos;n hwyr: %1</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Ffigurau ar %1.</translation>
    </message>
    <message>
        <source>1 resident matches.</source>
        <translation>Mae 1 preswylydd yn cyfateb.</translation>
    </message>
    <message>
        <source>%1 residents match.</source>
        <translation>Mae %1 preswylydd yn cyfateb.</translation>
    </message>
    <message>
        <source>Hearth could not read the caseload from the database: %1</source>
        <translation>Nid oedd Hearth yn gallu darllen y llwyth achosion o&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Methu agor y cofnod</translation>
    </message>
    <message>
        <source>Hearth could not read this resident&apos;s record.</source>
        <translation>Nid oedd Hearth yn gallu darllen cofnod y preswylydd hwn.</translation>
    </message>
    <message>
        <source>Choose a resident</source>
        <translation>Dewiswch breswylydd</translation>
    </message>
    <message>
        <source>Choose the resident the contact was with in the list first.</source>
        <translation>Yn gyntaf, dewiswch yn y rhestr y preswylydd y bu&apos;r cyswllt gydag ef neu hi.</translation>
    </message>
    <message>
        <source>Due today o&amp;r overdue (all officers)</source>
        <translation>Dyled&amp;us heddiw neu&apos;n hwyr (pob swyddog)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::CloseCaseDialog</name>
    <message>
        <source>Choose a reason</source>
        <translation>Dewiswch reswm</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cau&apos;r achos</translation>
    </message>
    <message>
        <source>enter the date the case closed, as dd/mm/yyyy</source>
        <translation>rhowch y dyddiad y caewyd yr achos, fel dd/mm/yyyy</translation>
    </message>
    <message>
        <source>choose why the case is closing</source>
        <translation>dewiswch pam mae&apos;r achos yn cau</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ContactDialog</name>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Ychwanegu cywiriad</translation>
    </message>
    <message>
        <source>The note stays as it was written; your correction is added beside it, dated today.</source>
        <translation>Mae&apos;r nodyn yn aros fel y cafodd ei ysgrifennu; caiff eich cywiriad ei ychwanegu wrth ei ochr, gyda dyddiad heddiw.</translation>
    </message>
    <message>
        <source>Correcting the note of %1:
%2</source>
        <translation>Cywiro nodyn y cyswllt ar %1:
%2</translation>
    </message>
    <message>
        <source>&amp;Corrected note</source>
        <translation>&amp;Nodyn wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation>Nodyn wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>“%1” is not a date: use dd/mm/yyyy</source>
        <translation>Nid yw “%1” yn ddyddiad: defnyddiwch dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>hearth::ui::EraseResidentDialog</name>
    <message>
        <source>Erase this resident</source>
        <translation>Dileu&apos;r preswylydd hwn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase %1 and everything recorded about them?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dileu %1 a phopeth a gofnodwyd amdanynt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The record, its contacts, measures and referrals are erased from this database now, and from every database of the team when they next exchange bundles. This cannot be undone, and a backup cannot bring it back into the team&apos;s data. Use it when the law requires erasure; for closed cases past the retention period use Tools &gt; Retention review instead, which keeps the figures.

The erasure and its reason are kept in the audit log: do not write personal details in the reason.</source>
        <translation>Mae&apos;r cofnod, ei gysylltiadau, ei fesurau a&apos;i atgyfeiriadau yn cael eu dileu o&apos;r gronfa ddata hon nawr, ac o holl gronfeydd data&apos;r tîm pan fyddant yn cyfnewid bwndeli nesaf. Ni ellir dadwneud hyn, ac ni all copi wrth gefn ei adfer i ddata&apos;r tîm. Defnyddiwch hyn pan fo&apos;r gyfraith yn mynnu dileu; ar gyfer achosion wedi&apos;u cau sydd wedi mynd heibio&apos;r cyfnod cadw, defnyddiwch Offer &gt; Adolygiad cadw yn lle hynny, sy&apos;n cadw&apos;r ffigurau.

Mae&apos;r dileu a&apos;i reswm yn cael eu cadw yn y log archwilio: peidiwch ag ysgrifennu manylion personol yn y rheswm.</translation>
    </message>
    <message>
        <source>Reason for erasure</source>
        <translation>Rheswm dros ddileu</translation>
    </message>
    <message>
        <source>e.g. erasure request reference</source>
        <translation>e.e. cyfeirnod y cais i ddileu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>I &amp;understand that this erases the resident for good</source>
        <translation>Rwy&apos;n deall bod hyn yn dileu&apos;r preswylydd am &amp;byth</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone</source>
        <translation>Cadarnhewch na ellir dadwneud y dileu</translation>
    </message>
    <message>
        <source>Problem with the erasure</source>
        <translation>Problem gyda&apos;r dileu</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Erase the resident</source>
        <translation>Dileu&apos;r preswylydd</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunCouncilPage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Croeso i Hearth</translation>
    </message>
    <message>
        <source>Hearth keeps your team&apos;s loneliness casework: residents, contacts, outcome measures, referrals and reports. First, which council is it for?</source>
        <translation>Mae Hearth yn cadw gwaith achos unigrwydd eich tîm: preswylwyr, cysylltiadau, mesurau canlyniad, atgyfeiriadau ac adroddiadau. Yn gyntaf, ar gyfer pa gyngor?</translation>
    </message>
    <message>
        <source>&amp;Set up our council</source>
        <translation>&amp;Sefydlu ein cyngor</translation>
    </message>
    <message>
        <source>Set up our council</source>
        <translation>Sefydlu ein cyngor</translation>
    </message>
    <message>
        <source>Use the &amp;demo council: a fictional council with made-up residents, for training and trying Hearth out</source>
        <translation>Defnyddio&apos;r cyngor &amp;arddangos: cyngor ffuglennol gyda phreswylwyr dychmygol, ar gyfer hyfforddi a rhoi cynnig ar Hearth</translation>
    </message>
    <message>
        <source>Use the demo council</source>
        <translation>Defnyddio&apos;r cyngor arddangos</translation>
    </message>
    <message>
        <source>Council name</source>
        <translation>Enw&apos;r cyngor</translation>
    </message>
    <message>
        <source>for example, Hearthdale Borough Council</source>
        <translation>er enghraifft, Cyngor Bwrdeistref Hearthdale</translation>
    </message>
    <message>
        <source>Ward file</source>
        <translation>Ffeil wardiau</translation>
    </message>
    <message>
        <source>optional: a CSV file of ward codes and names</source>
        <translation>dewisol: ffeil CSV o godau ac enwau wardiau</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose a ward file</source>
        <translation>Dewiswch ffeil wardiau</translation>
    </message>
    <message>
        <source>&amp;Wards:</source>
        <translation>&amp;Wardiau:</translation>
    </message>
    <message>
        <source>A CSV file with the ONS code and name of each ward, as columns “code” and “name” or ONS&apos;s own “WD24CD” and “WD24NM”. You can also add wards later in Council settings.</source>
        <translation>Ffeil CSV gyda chod ONS ac enw pob ward, yn y colofnau “code” a “name” neu golofnau ONS ei hun, “WD24CD” a “WD24NM”. Gallwch hefyd ychwanegu wardiau yn nes ymlaen yng Ngosodiadau&apos;r cyngor.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: ni ellir darllen y ffeil (%2).</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation>a %1 arall.</translation>
    </message>
    <message>
        <source>No ward was read; %1 problem(s) to put right in the file:</source>
        <translation>Ni ddarllenwyd unrhyw ward; mae %1 problem i&apos;w cywiro yn y ffeil:</translation>
    </message>
    <message>
        <source>%1 holds no wards.</source>
        <translation>Nid oes unrhyw wardiau yn %1.</translation>
    </message>
    <message>
        <source>%1 ward(s) read from %2.</source>
        <translation>Darllenwyd %1 ward o %2.</translation>
    </message>
    <message>
        <source>Enter the council&apos;s name, as it should appear on reports.</source>
        <translation>Rhowch enw&apos;r cyngor, fel y dylai ymddangos ar adroddiadau.</translation>
    </message>
    <message>
        <source>Council name: %1</source>
        <translation>Enw&apos;r cyngor: %1</translation>
    </message>
    <message>
        <source>&amp;Council name:</source>
        <translation>&amp;Enw&apos;r cyngor:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunDatabasePage</name>
    <message>
        <source>Where Hearth keeps its data</source>
        <translation>Ble mae Hearth yn cadw ei ddata</translation>
    </message>
    <message>
        <source>Everything is kept in one database file on this computer. It holds residents&apos; personal data: keep it on this computer&apos;s own (encrypted) disc, not on a shared drive or a memory stick.</source>
        <translation>Mae popeth yn cael ei gadw mewn un ffeil cronfa ddata ar y cyfrifiadur hwn. Mae&apos;n dal data personol preswylwyr: cadwch hi ar ddisg (wedi&apos;i hamgryptio) y cyfrifiadur hwn ei hun, nid ar yriant a rennir nac ar gof bach.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Ffeil &amp;cronfa ddata:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Ffeil cronfa ddata</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose where to keep the database</source>
        <translation>Dewiswch ble i gadw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Usual place</source>
        <translation>Lle &amp;arferol</translation>
    </message>
    <message>
        <source>Use the usual place</source>
        <translation>Defnyddio&apos;r lle arferol</translation>
    </message>
    <message>
        <source>The usual place is in your own profile, where Hearth finds it each time it starts. Your IT team may ask you to choose another folder.</source>
        <translation>Mae&apos;r lle arferol yn eich proffil eich hun, lle mae Hearth yn dod o hyd iddi bob tro y bydd yn dechrau. Efallai y bydd eich tîm TG yn gofyn i chi ddewis ffolder arall.</translation>
    </message>
    <message>
        <source>Choose where to keep the database.</source>
        <translation>Dewiswch ble i gadw&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the database a file name in it, such as hearth.db.</source>
        <translation>Ffolder yw %1. Rhowch enw ffeil i&apos;r gronfa ddata ynddo, fel hearth.db.</translation>
    </message>
    <message>
        <source>There is already a file called %1 there. Hearth will not overwrite it: choose another name, or cancel and open that database with File, Open.</source>
        <translation>Mae ffeil o&apos;r enw %1 yno eisoes. Ni fydd Hearth yn ei throsysgrifo: dewiswch enw arall, neu canslwch ac agorwch y gronfa ddata honno gyda Ffeil, Agor.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>Ffeil yw %1, nid ffolder.</translation>
    </message>
    <message>
        <source>You may not create files in %1. Choose a folder of your own.</source>
        <translation>Ni chewch greu ffeiliau yn %1. Dewiswch ffolder sy&apos;n eiddo i chi.</translation>
    </message>
    <message>
        <source>Where to keep the database</source>
        <translation>Ble i gadw&apos;r gronfa ddata</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunOfficerPage</name>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Hearth puts your name on everything you record or change, and signs you in on this computer. You can add the rest of your team later in Council settings.</source>
        <translation>Mae Hearth yn rhoi eich enw ar bopeth rydych chi&apos;n ei gofnodi neu&apos;n ei newid, ac yn eich mewngofnodi ar y cyfrifiadur hwn. Gallwch ychwanegu gweddill eich tîm yn nes ymlaen yng Ngosodiadau&apos;r cyngor.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Eich enw:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Choose manager if you lead the team and prepare its reports.</source>
        <translation>Dewiswch reolwr os ydych chi&apos;n arwain y tîm ac yn paratoi ei adroddiadau.</translation>
    </message>
    <message>
        <source>Enter your name, as your colleagues know you.</source>
        <translation>Rhowch eich enw, fel y mae eich cydweithwyr yn eich adnabod.</translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation>Eich enw: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunTeamPage</name>
    <message>
        <source>Working as a team</source>
        <translation>Gweithio fel tîm</translation>
    </message>
    <message>
        <source>Officers&apos; computers and the team&apos;s hub pass updates to each other as files, on the Sync page.</source>
        <translation>Mae cyfrifiaduron y swyddogion a chanolbwynt y tîm yn trosglwyddo diweddariadau i&apos;w gilydd fel ffeiliau, ar y dudalen Cysoni.</translation>
    </message>
    <message>
        <source>Each file is encrypted with your team&apos;s passphrase. Agree one with your team in person, not by email. Hearth never stores the passphrase: it asks for it at each exchange, so there is nothing to type now, and working alone you need none.</source>
        <translation>Mae pob ffeil wedi&apos;i hamgryptio gyda chyfrinymadrodd eich tîm. Cytunwch ar un gyda&apos;ch tîm wyneb yn wyneb, nid drwy e-bost. Nid yw Hearth byth yn storio&apos;r cyfrinymadrodd: mae&apos;n gofyn amdano ym mhob cyfnewid, felly does dim i&apos;w deipio nawr, ac os ydych chi&apos;n gweithio ar eich pen eich hun does dim angen un arnoch chi.</translation>
    </message>
    <message>
        <source>This is an &amp;officer&apos;s computer: it sends its updates to the hub</source>
        <translation>Cyfrifiadur &amp;swyddog yw hwn: mae&apos;n anfon ei ddiweddariadau i&apos;r canolbwynt</translation>
    </message>
    <message>
        <source>This is an officer&apos;s computer</source>
        <translation>Cyfrifiadur swyddog yw hwn</translation>
    </message>
    <message>
        <source>This is the team&apos;s &amp;hub, usually the manager&apos;s: it gathers everyone&apos;s updates</source>
        <translation>&amp;Canolbwynt y tîm yw hwn, cyfrifiadur y rheolwr fel arfer: mae&apos;n casglu diweddariadau pawb</translation>
    </message>
    <message>
        <source>This is the team&apos;s hub</source>
        <translation>Canolbwynt y tîm yw hwn</translation>
    </message>
    <message>
        <source>the demo council (%1 made-up residents)</source>
        <translation>y cyngor arddangos (%1 preswylydd dychmygol)</translation>
    </message>
    <message>
        <source>%1, with no wards yet</source>
        <translation>%1, heb wardiau eto</translation>
    </message>
    <message>
        <source>%1, with %2 ward(s)</source>
        <translation>%1, gyda %2 ward</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth makes the database %1 for %2, and signs you in as %3.</source>
        <translation>Pan fyddwch chi&apos;n pwyso Gorffen, bydd Hearth yn creu&apos;r gronfa ddata %1 ar gyfer %2, ac yn eich mewngofnodi fel %3.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Sefydlu Hearth</translation>
    </message>
    <message>
        <source>Making the demo council…</source>
        <translation>Wrthi&apos;n creu&apos;r cyngor arddangos…</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Methu creu&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Hearth could not make the database, and has left nothing behind.</source>
        <translation>Nid oedd Hearth yn gallu creu&apos;r gronfa ddata, ac nid yw wedi gadael dim ar ôl.</translation>
    </message>
    <message>
        <source>Progress making the database</source>
        <translation>Cynnydd creu&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Cancel making the database</source>
        <translation>Canslo creu&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Stop: no database is kept, and you can choose again</source>
        <translation>Stopio: ni chedwir cronfa ddata, a gallwch ddewis eto</translation>
    </message>
    <message>
        <source>Making the database…</source>
        <translation>Wrthi&apos;n creu&apos;r gronfa ddata…</translation>
    </message>
    <message>
        <source>Cancelled: no database was made. Press Finish to try again, or Back to choose differently.</source>
        <translation>Wedi&apos;i ganslo: ni chrëwyd cronfa ddata. Pwyswch Gorffen i roi cynnig arall arni, neu Yn ôl i ddewis yn wahanol.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Dewiswch y daenlen</translation>
    </message>
    <message>
        <source>Save the spreadsheet as CSV (comma, semicolon or tab separated). Its first row must name the columns. Nothing is written until the last step.</source>
        <translation>Cadwch y daenlen fel CSV (wedi&apos;i gwahanu â choma, hanner colon neu dab). Rhaid i&apos;w rhes gyntaf enwi&apos;r colofnau. Nid oes dim yn cael ei ysgrifennu tan y cam olaf.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Ffeil CSV</translation>
    </message>
    <message>
        <source>The path of a .csv file</source>
        <translation>Llwybr ffeil .csv</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Dewiswch y ffeil CSV</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Gwahanydd</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>Canfod o&apos;r rhes pennawd</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Hanner colon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Gwahanydd:</translation>
    </message>
    <message>
        <source>Import residents from CSV</source>
        <translation>Mewnforio preswylwyr o CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Gwiriwch: %1</translation>
    </message>
    <message>
        <source>%1 has no rows below the header: there is nothing to import.</source>
        <translation>Nid oes rhesi o dan y pennawd yn %1: nid oes dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>Ni ellir darllen %1 fel CSV: %2</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Paru&apos;r colofnau</translation>
    </message>
    <message>
        <source>Choose the resident field each column fills; columns set to Ignore are not imported. A ward, a date identified and a given or family name are required.</source>
        <translation>Dewiswch y maes preswylydd y mae pob colofn yn ei lenwi; nid yw colofnau sydd wedi&apos;u gosod i Anwybyddu yn cael eu mewnforio. Mae ward, dyddiad nodi ac enw cyntaf neu gyfenw yn ofynnol.</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Colofnau a&apos;r meysydd y maent yn eu llenwi</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colofn yn y ffeil</translation>
    </message>
    <message>
        <source>Resident field</source>
        <translation>Maes preswylydd</translation>
    </message>
    <message>
        <source>These are the choices you made last time for a file with these columns.</source>
        <translation>Dyma&apos;r dewisiadau a wnaethoch y tro diwethaf ar gyfer ffeil gyda&apos;r colofnau hyn.</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>(colofn %1, dim pennawd)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Maes ar gyfer colofn %1</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Anwybyddu (heb ei mewnforio)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (gofynnol)</translation>
    </message>
    <message>
        <source>Cannot continue: %1.</source>
        <translation>Methu parhau: %1.</translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation>Bydd pob colofn yn cael ei mewnforio.</translation>
    </message>
    <message>
        <source>Cannot check the rows</source>
        <translation>Methu gwirio&apos;r rhesi</translation>
    </message>
    <message>
        <source>The wards and officers could not be read from the database.</source>
        <translation>Nid oedd modd darllen y wardiau a&apos;r swyddogion o&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Stop checking the rows: nothing is imported</source>
        <translation>Rhoi&apos;r gorau i wirio&apos;r rhesi: ni fewnforir dim</translation>
    </message>
    <message>
        <source>Checking cancelled: nothing was imported.</source>
        <translation>Canslwyd y gwirio: ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The rows could not be checked.</source>
        <translation>Nid oedd modd gwirio&apos;r rhesi.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Gwirio&apos;r rhesi</translation>
    </message>
    <message>
        <source>Every row has been checked. Residents are imported all together, or not at all.</source>
        <translation>Mae pob rhes wedi&apos;i gwirio. Mae preswylwyr yn cael eu mewnforio i gyd gyda&apos;i gilydd, neu ddim o gwbl.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Invalid rows: line, column and problem</source>
        <translation>Rhesi annilys: llinell, colofn a phroblem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check the file &amp;again</source>
        <translation>Gwirio&apos;r ffeil &amp;eto</translation>
    </message>
    <message>
        <source>Read the file again and check its rows</source>
        <translation>Darllen y ffeil eto a gwirio ei rhesi</translation>
    </message>
    <message>
        <source>After correcting the file in your spreadsheet and saving it as CSV again</source>
        <translation>Ar ôl cywiro&apos;r ffeil yn eich taenlen a&apos;i chadw fel CSV eto</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>Darllenwyd %n rhes: </numerusform>
            <numerusform>Darllenwyd %n rhes: </numerusform>
            <numerusform>Darllenwyd %n rhes: </numerusform>
            <numerusform>Darllenwyd %n rhes: </numerusform>
            <numerusform>Darllenwyd %n rhes: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation>
            <numerusform>%n yn ddilys, </numerusform>
            <numerusform>%n yn ddilys, </numerusform>
            <numerusform>%n yn ddilys, </numerusform>
            <numerusform>%n yn ddilys, </numerusform>
            <numerusform>%n yn ddilys, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid.</source>
        <translation>
            <numerusform>%n yn annilys.</numerusform>
            <numerusform>%n yn annilys.</numerusform>
            <numerusform>%n yn annilys.</numerusform>
            <numerusform>%n yn annilys.</numerusform>
            <numerusform>%n yn annilys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n invalid row(s) and import only the valid ones</source>
        <translation>
            <numerusform>&amp;Hepgor %n rhes annilys a mewnforio&apos;r rhai dilys yn unig</numerusform>
            <numerusform>&amp;Hepgor %n rhes annilys a mewnforio&apos;r rhai dilys yn unig</numerusform>
            <numerusform>&amp;Hepgor %n rhes annilys a mewnforio&apos;r rhai dilys yn unig</numerusform>
            <numerusform>&amp;Hepgor %n rhes annilys a mewnforio&apos;r rhai dilys yn unig</numerusform>
            <numerusform>&amp;Hepgor %n rhes annilys a mewnforio&apos;r rhai dilys yn unig</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns no longer match: %1. Go back to match them again.</source>
        <translation>Nid yw&apos;r colofnau&apos;n cyfateb mwyach: %1. Ewch yn ôl i&apos;w paru eto.</translation>
    </message>
    <message>
        <source>No row is valid, so there is nothing to import. Correct the file, save it and check it again.</source>
        <translation>Nid oes unrhyw res yn ddilys, felly nid oes dim i&apos;w fewnforio. Cywirwch y ffeil, ei chadw a&apos;i gwirio eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s): nothing will be imported until they are corrected in the file (then check it again) or skipped.</source>
        <translation>
            <numerusform>%n rhes annilys: ni fydd dim yn cael ei fewnforio nes eu bod wedi&apos;u cywiro yn y ffeil (yna gwiriwch y ffeil eto) neu wedi&apos;u hepgor.</numerusform>
            <numerusform>%n rhes annilys: ni fydd dim yn cael ei fewnforio nes ei bod wedi&apos;i chywiro yn y ffeil (yna gwiriwch y ffeil eto) neu wedi&apos;i hepgor.</numerusform>
            <numerusform>%n rhes annilys: ni fydd dim yn cael ei fewnforio nes eu bod wedi&apos;u cywiro yn y ffeil (yna gwiriwch y ffeil eto) neu wedi&apos;u hepgor.</numerusform>
            <numerusform>%n rhes annilys: ni fydd dim yn cael ei fewnforio nes eu bod wedi&apos;u cywiro yn y ffeil (yna gwiriwch y ffeil eto) neu wedi&apos;u hepgor.</numerusform>
            <numerusform>%n rhes annilys: ni fydd dim yn cael ei fewnforio nes eu bod wedi&apos;u cywiro yn y ffeil (yna gwiriwch y ffeil eto) neu wedi&apos;u hepgor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import will add %n new resident(s).</source>
        <translation>
            <numerusform>Bydd y mewnforio yn ychwanegu %n preswylydd newydd.</numerusform>
            <numerusform>Bydd y mewnforio yn ychwanegu %n preswylydd newydd.</numerusform>
            <numerusform>Bydd y mewnforio yn ychwanegu %n preswylydd newydd.</numerusform>
            <numerusform>Bydd y mewnforio yn ychwanegu %n preswylydd newydd.</numerusform>
            <numerusform>Bydd y mewnforio yn ychwanegu %n preswylydd newydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>Ni ellir darllen %1 fel CSV: %2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n resident(s)…</source>
        <translation>
            <numerusform>Wrthi&apos;n mewnforio %n preswylydd…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n preswylydd…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n preswylydd…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n preswylydd…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n preswylydd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ni fewnforiwyd dim: %1</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>The residents could not be imported.</source>
        <translation>Nid oedd modd mewnforio&apos;r preswylwyr.</translation>
    </message>
    <message>
        <source>Stop the import: nothing is imported and the database stays exactly as it was</source>
        <translation>Stopio&apos;r mewnforio: ni fewnforir dim ac mae&apos;r gronfa ddata&apos;n aros yn union fel yr oedd</translation>
    </message>
    <message>
        <source>Checking cancelled: check the file again to import it.</source>
        <translation>Canslwyd y gwirio: gwiriwch y ffeil eto i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, and the database is exactly as it was before.</source>
        <translation>Canslwyd y mewnforio: ni fewnforiwyd dim, ac mae&apos;r gronfa ddata yn union fel yr oedd o&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportResidentsWizard</name>
    <message>
        <source>Import residents from CSV</source>
        <translation>Mewnforio preswylwyr o CSV</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportSummaryPage</name>
    <message>
        <source>Residents imported</source>
        <translation>Preswylwyr wedi&apos;u mewnforio</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) imported from %1, each as a new open case.</source>
        <translation>
            <numerusform>Mewnforiwyd %n preswylydd o %1, pob un fel achos agored newydd.</numerusform>
            <numerusform>Mewnforiwyd %n preswylydd o %1, pob un fel achos agored newydd.</numerusform>
            <numerusform>Mewnforiwyd %n preswylydd o %1, pob un fel achos agored newydd.</numerusform>
            <numerusform>Mewnforiwyd %n preswylydd o %1, pob un fel achos agored newydd.</numerusform>
            <numerusform>Mewnforiwyd %n preswylydd o %1, pob un fel achos agored newydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped, on line(s) %1.</source>
        <translation>
            <numerusform>Hepgorwyd %n rhes annilys, ar y llinellau %1.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys, ar linell %1.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys, ar y llinellau %1.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys, ar y llinellau %1.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys, ar y llinellau %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasureDialog</name>
    <message>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
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
        <source>Questionnaire</source>
        <translation>Holiadur</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Item %1, &apos;%2&apos;</source>
        <translation>Eitem %1, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Raw score %1, metric score %2 (7.00–35.00, higher is better)</source>
        <translation>Sgôr crai %1, sgôr metrig %2 (7.00–35.00, gorau po uchaf)</translation>
    </message>
    <message>
        <source>Score %1 (%2, %3)</source>
        <translation>Sgôr %1 (%2, %3)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>gorau po uchaf</translation>
    </message>
    <message>
        <source>higher is lonelier</source>
        <translation>po uchaf, mwyaf unig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Heb sgôr: %1</translation>
    </message>
    <message>
        <source>Record an outcome measure</source>
        <translation>Cofnodi mesur canlyniad</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Preswylydd: %1</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Holiadur:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Cam:</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Dyddiad ei gymryd:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a screening tool.&lt;/b&gt; The tool&apos;s authors say it is not a screening tool: do not use it to decide whether someone is eligible for support.</source>
        <translation>&lt;b&gt;Nid yw&apos;n offeryn sgrinio.&lt;/b&gt; Mae awduron yr offeryn yn dweud nad yw&apos;n offeryn sgrinio: peidiwch â&apos;i ddefnyddio i benderfynu a yw rhywun yn gymwys i gael cymorth.</translation>
    </message>
    <message>
        <source>Save with &amp;unanswered items (the resident chose not to answer)</source>
        <translation>Cadw gydag &amp;eitemau heb eu hateb (dewisodd y preswylydd beidio ag ateb)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Cofnodi %1</translation>
    </message>
    <message>
        <source>Keys: 0–9 answer the highlighted question (use → for 10); Tab or ↓ goes to the next question; Enter saves.</source>
        <translation>Bysellau: mae 0–9 yn ateb y cwestiwn sydd wedi&apos;i amlygu (defnyddiwch → ar gyfer 10); mae Tab neu ↓ yn mynd i&apos;r cwestiwn nesaf; mae Enter yn cadw.</translation>
    </message>
    <message>
        <source>Keys: 1–%1 answer the highlighted question and move to the next; ← and → change an answer; Tab or ↓ goes to the next question; Enter saves.</source>
        <translation>Bysellau: mae 1–%1 yn ateb y cwestiwn sydd wedi&apos;i amlygu ac yn symud i&apos;r nesaf; mae ← a → yn newid ateb; mae Tab neu ↓ yn mynd i&apos;r cwestiwn nesaf; mae Enter yn cadw.</translation>
    </message>
    <message>
        <source>Answered 0 of %1.</source>
        <translation>Atebwyd 0 o %1.</translation>
    </message>
    <message>
        <source>Answered %1 of %2.
%3</source>
        <translation>Atebwyd %1 o %2.
%3</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Heb ei gadw. %1</translation>
    </message>
    <message>
        <source>No item is answered.</source>
        <translation>Nid oes unrhyw eitem wedi&apos;i hateb.</translation>
    </message>
    <message>
        <source>Not answered: %1. Answer %2, or tick &quot;Save with unanswered items&quot; if the resident chose not to answer.</source>
        <translation>Heb eu hateb: %1. %2, neu ticiwch &quot;Cadw gydag eitemau heb eu hateb&quot; os dewisodd y preswylydd beidio ag ateb.</translation>
    </message>
    <message>
        <source>it</source>
        <translation>Atebwch hi</translation>
    </message>
    <message>
        <source>them</source>
        <translation>Atebwch nhw</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementHistoryWidget</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (crai %2)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>%1 (emotional %2, social %3)</source>
        <translation>%1 (emosiynol %2, cymdeithasol %3)</translation>
    </message>
    <message>
        <source>metric points</source>
        <translation>pwynt metrig</translation>
    </message>
    <message>
        <source>steps on the answer scale</source>
        <translation>cam ar y raddfa ateb</translation>
    </message>
    <message>
        <source>points</source>
        <translation>pwynt</translation>
    </message>
    <message>
        <source>From the baseline on %1 (%2) to the %3 on %4 (%5): </source>
        <translation>O&apos;r waelodlin ar %1 (%2) i&apos;r %3 ar %4 (%5): </translation>
    </message>
    <message>
        <source>the change cannot be judged, as one of them is not scored.</source>
        <translation>ni ellir barnu&apos;r newid, gan nad oes sgôr i un ohonynt.</translation>
    </message>
    <message>
        <source>; moved out of %1</source>
        <translation>; wedi symud allan o %1</translation>
    </message>
    <message>
        <source>Life sat.</source>
        <translation>Bodl. bywyd</translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation>Gwerth chweil</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>Hapusrwydd</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Gorbryder</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>gorau po uchaf</translation>
    </message>
    <message>
        <source>higher is lonelier</source>
        <translation>po uchaf, mwyaf unig</translation>
    </message>
    <message>
        <source>Chart of %1 scores over time</source>
        <translation>Siart o sgoriau %1 dros amser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
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
        <source>None (not a screening tool)</source>
        <translation>Dim (nid yw&apos;n offeryn sgrinio)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>%1 measurements</source>
        <translation>Mesuriadau %1</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Mesurau canlyniad</translation>
    </message>
    <message>
        <source>&amp;Record measurement…</source>
        <translation>Co&amp;fnodi mesuriad…</translation>
    </message>
    <message>
        <source>Take a questionnaire with the resident and record the answers</source>
        <translation>Llenwi holiadur gyda&apos;r preswylydd a chofnodi&apos;r atebion</translation>
    </message>
    <message>
        <source>No outcome measures are recorded for this resident yet. Use Record measurement… to take a baseline.</source>
        <translation>Nid oes mesurau canlyniad wedi&apos;u cofnodi ar gyfer y preswylydd hwn eto. Defnyddiwch Cofnodi mesuriad… i gymryd gwaelodlin.</translation>
    </message>
    <message>
        <source>Baseline on %1: %2. No later measurement yet, so no change to show.</source>
        <translation>Gwaelodlin ar %1: %2. Dim mesuriad diweddarach eto, felly dim newid i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Newid ers y waelodlin</translation>
    </message>
    <message>
        <source>⚠ Review due: the baseline was taken on %1, %2 weeks ago, and no review is recorded (reviews fall due %3 weeks after the baseline, on %4).</source>
        <translation>⚠ Adolygiad yn ddyledus: cymerwyd y waelodlin ar %1, %2 wythnos yn ôl, ac nid oes adolygiad wedi&apos;i gofnodi (mae adolygiadau&apos;n ddyledus %3 wythnos ar ôl y waelodlin, ar %4).</translation>
    </message>
    <message>
        <source>Next review due on %1 (%2 weeks after the baseline).</source>
        <translation>Adolygiad nesaf yn ddyledus ar %1 (%2 wythnos ar ôl y waelodlin).</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Outcome measures by measure</source>
        <translation>Mesurau canlyniad fesul mesur</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ResidentDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Choose a ward</source>
        <translation>Dewiswch ward</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Heb ei neilltuo</translation>
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
        <source>Add contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Erase this reside&amp;nt…</source>
        <translation>Dileu&apos;r preswylydd hw&amp;n…</translation>
    </message>
    <message>
        <source>Erase this resident</source>
        <translation>Dileu&apos;r preswylydd hwn</translation>
    </message>
    <message>
        <source>Erase the resident and everything recorded about them, for good (GDPR erasure)</source>
        <translation>Dileu&apos;r preswylydd a phopeth a gofnodwyd amdanynt, am byth (dileu dan y GDPR)</translation>
    </message>
    <message>
        <source>Everything held on this resident, for a subject access request, in one file (optionally encrypted)</source>
        <translation>Popeth a gedwir am y preswylydd hwn, ar gyfer cais gwrthrych am wybodaeth, mewn un ffeil (wedi&apos;i hamgryptio os dymunwch)</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>A&amp;tgyfeiriadau</translation>
    </message>
    <message>
        <source>“%1” is not a date: use dd/mm/yyyy</source>
        <translation>Nid yw “%1” yn ddyddiad: defnyddiwch dd/mm/yyyy</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Preswylydd newydd</translation>
    </message>
    <message>
        <source>%1[*] — Hearth</source>
        <translation>%1[*] — Hearth</translation>
    </message>
    <message>
        <source>Case closed on %1: %2</source>
        <translation>Achos wedi&apos;i gau ar %1: %2</translation>
    </message>
    <message>
        <source>New case, not yet saved</source>
        <translation>Achos newydd, heb ei gadw eto</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Achos agored</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Save the resident first to record contacts.</source>
        <translation>Cadwch y preswylydd yn gyntaf i gofnodi cysylltiadau.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Save the changes to %1’s record?</source>
        <translation>Cadw&apos;r newidiadau i gofnod %1?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed since the last save is lost.</source>
        <translation>Os byddwch yn eu taflu, bydd yr hyn a deipiwyd gennych ers y cadw diwethaf yn cael ei golli.</translation>
    </message>
    <message>
        <source>Save the resident first</source>
        <translation>Cadwch y preswylydd yn gyntaf</translation>
    </message>
    <message>
        <source>Save the resident&apos;s details before recording a contact.</source>
        <translation>Cadwch fanylion y preswylydd cyn cofnodi cyswllt.</translation>
    </message>
    <message>
        <source>Choose a note</source>
        <translation>Dewiswch nodyn</translation>
    </message>
    <message>
        <source>Choose the note to correct in the list of contacts first.</source>
        <translation>Yn gyntaf, dewiswch y nodyn i&apos;w gywiro yn y rhestr cysylltiadau.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Ailagor yr achos</translation>
    </message>
    <message>
        <source>Reopen the case of %1?</source>
        <translation>Ailagor achos %1?</translation>
    </message>
    <message>
        <source>The closing date and reason are kept in the audit log.</source>
        <translation>Mae&apos;r dyddiad cau a&apos;r rheswm yn cael eu cadw yn y log archwilio.</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>Mes&amp;urau</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>Ail&amp;wneud</translation>
    </message>
    <message>
        <source>Sub&amp;ject access export…</source>
        <translation>Allforio cais &amp;gwrthrych am wybodaeth…</translation>
    </message>
</context>
<context>
    <name>hearth::ui::RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Adolygiad cadw</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Achosion wedi&apos;u cau sydd y tu hwnt i&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Wedi&apos;i gau ar</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Yn ddyledus ers</translation>
    </message>
    <message>
        <source>Years past</source>
        <translation>Blynyddoedd drosodd</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Ticio &amp;pob un</translation>
    </message>
    <message>
        <source>Tick every case</source>
        <translation>Ticio pob achos</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Ticio &amp;dim un</translation>
    </message>
    <message>
        <source>Untick every case</source>
        <translation>Dad-dicio pob achos</translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation>Rheswm dros ddienwi</translation>
    </message>
    <message>
        <source>e.g. annual retention review</source>
        <translation>e.e. adolygiad cadw blynyddol</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Retention review status</source>
        <translation>Statws yr adolygiad cadw</translation>
    </message>
    <message>
        <source>Anonymise the ticked cases</source>
        <translation>Dienwi&apos;r achosion a diciwyd</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases kept longer than %n year(s) after closure, the council&apos;s retention period (Tools &gt; Council settings). Anonymising keeps what the figures count (ward, age band, sex, target groups, dates, referrals and scores) and erases names, contact details, date of birth and every note. Past reports stay the same.</source>
        <translation>
            <numerusform>Achosion wedi&apos;u cau a gadwyd am fwy na %n blwyddyn ar ôl eu cau, sef cyfnod cadw&apos;r cyngor (Offer &gt; Gosodiadau&apos;r cyngor). Mae dienwi yn cadw&apos;r hyn y mae&apos;r ffigurau&apos;n ei gyfrif (ward, band oedran, rhyw, grwpiau targed, dyddiadau, atgyfeiriadau a sgoriau) ac yn dileu enwau, manylion cyswllt, dyddiad geni a phob nodyn. Mae adroddiadau blaenorol yn aros yr un fath.</numerusform>
            <numerusform>Achosion wedi&apos;u cau a gadwyd am fwy na %n blwyddyn ar ôl eu cau, sef cyfnod cadw&apos;r cyngor (Offer &gt; Gosodiadau&apos;r cyngor). Mae dienwi yn cadw&apos;r hyn y mae&apos;r ffigurau&apos;n ei gyfrif (ward, band oedran, rhyw, grwpiau targed, dyddiadau, atgyfeiriadau a sgoriau) ac yn dileu enwau, manylion cyswllt, dyddiad geni a phob nodyn. Mae adroddiadau blaenorol yn aros yr un fath.</numerusform>
            <numerusform>Achosion wedi&apos;u cau a gadwyd am fwy na %n blwyddyn ar ôl eu cau, sef cyfnod cadw&apos;r cyngor (Offer &gt; Gosodiadau&apos;r cyngor). Mae dienwi yn cadw&apos;r hyn y mae&apos;r ffigurau&apos;n ei gyfrif (ward, band oedran, rhyw, grwpiau targed, dyddiadau, atgyfeiriadau a sgoriau) ac yn dileu enwau, manylion cyswllt, dyddiad geni a phob nodyn. Mae adroddiadau blaenorol yn aros yr un fath.</numerusform>
            <numerusform>Achosion wedi&apos;u cau a gadwyd am fwy na %n blwyddyn ar ôl eu cau, sef cyfnod cadw&apos;r cyngor (Offer &gt; Gosodiadau&apos;r cyngor). Mae dienwi yn cadw&apos;r hyn y mae&apos;r ffigurau&apos;n ei gyfrif (ward, band oedran, rhyw, grwpiau targed, dyddiadau, atgyfeiriadau a sgoriau) ac yn dileu enwau, manylion cyswllt, dyddiad geni a phob nodyn. Mae adroddiadau blaenorol yn aros yr un fath.</numerusform>
            <numerusform>Achosion wedi&apos;u cau a gadwyd am fwy na %n blwyddyn ar ôl eu cau, sef cyfnod cadw&apos;r cyngor (Offer &gt; Gosodiadau&apos;r cyngor). Mae dienwi yn cadw&apos;r hyn y mae&apos;r ffigurau&apos;n ei gyfrif (ward, band oedran, rhyw, grwpiau targed, dyddiadau, atgyfeiriadau a sgoriau) ac yn dileu enwau, manylion cyswllt, dyddiad geni a phob nodyn. Mae adroddiadau blaenorol yn aros yr un fath.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>No closed case is past the retention period.</source>
        <translation>Nid oes unrhyw achos wedi&apos;i gau y tu hwnt i&apos;r cyfnod cadw.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the retention period.</source>
        <translation>
            <numerusform>%n achos y tu hwnt i&apos;r cyfnod cadw.</numerusform>
            <numerusform>%n achos y tu hwnt i&apos;r cyfnod cadw.</numerusform>
            <numerusform>%n achos y tu hwnt i&apos;r cyfnod cadw.</numerusform>
            <numerusform>%n achos y tu hwnt i&apos;r cyfnod cadw.</numerusform>
            <numerusform>%n achos y tu hwnt i&apos;r cyfnod cadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the cases to anonymise first</source>
        <translation>Ticiwch yr achosion i&apos;w dienwi yn gyntaf</translation>
    </message>
    <message>
        <source>Give the reason first</source>
        <translation>Rhowch y rheswm yn gyntaf</translation>
    </message>
    <message>
        <source>Anonymise cases</source>
        <translation>Dienwi achosion</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed case(s)?</source>
        <translation>
            <numerusform>Dienwi %n achos a gaewyd?</numerusform>
            <numerusform>Dienwi %n achos a gaewyd?</numerusform>
            <numerusform>Dienwi %n achos a gaewyd?</numerusform>
            <numerusform>Dienwi %n achos a gaewyd?</numerusform>
            <numerusform>Dienwi %n achos a gaewyd?</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, contact details, dates of birth and notes are erased for good, here and, after the next exchange of bundles, in the team&apos;s other databases. The figures stay. This is kept in the audit log.</source>
        <translation>Mae enwau, manylion cyswllt, dyddiadau geni a nodiadau yn cael eu dileu am byth, yma ac, ar ôl y cyfnewid bwndeli nesaf, yng nghronfeydd data eraill y tîm. Mae&apos;r ffigurau&apos;n aros. Cofnodir hyn yn y log archwilio.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Wrthi&apos;n dienwi…</translation>
    </message>
    <message>
        <source>Nothing anonymised</source>
        <translation>Dim wedi&apos;i ddienwi</translation>
    </message>
    <message>
        <source>No case was anonymised.</source>
        <translation>Ni ddienwyd unrhyw achos.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n case(s). </source>
        <translation>
            <numerusform>Dienwyd %n achos. </numerusform>
            <numerusform>Dienwyd %n achos. </numerusform>
            <numerusform>Dienwyd %n achos. </numerusform>
            <numerusform>Dienwyd %n achos. </numerusform>
            <numerusform>Dienwyd %n achos. </numerusform>
        </translation>
    </message>
    <message>
        <source>An&amp;onymise…</source>
        <translation>D&amp;ienwi…</translation>
    </message>
    <message>
        <source>Stop: no case is anonymised and the database stays exactly as it was</source>
        <translation>Stopio: ni chaiff unrhyw achos ei ddienwi ac mae&apos;r gronfa ddata&apos;n aros yn union fel yr oedd</translation>
    </message>
    <message>
        <source>Cancelled: no case was anonymised, and the database is exactly as it was.</source>
        <translation>Canslwyd: ni ddienwyd unrhyw achos, ac mae&apos;r gronfa ddata yn union fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SubjectAccessDialog</name>
    <message>
        <source>Subject access export</source>
        <translation>Allforio cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Everything Hearth holds on this resident: the record, contacts with their corrections, measurements with scores, referrals with their history, and who viewed or changed the record. One file holds a readable document and the same data as JSON. Making it is recorded in the audit trail.</source>
        <translation>Popeth sydd gan Hearth am y preswylydd hwn: y cofnod, cysylltiadau gyda&apos;u cywiriadau, mesuriadau gyda sgoriau, atgyfeiriadau gyda&apos;u hanes, a phwy a edrychodd ar y cofnod neu a&apos;i newidiodd. Mae un ffeil yn dal dogfen ddarllenadwy a&apos;r un data fel JSON. Cofnodir ei chreu yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (opens in a web browser)</source>
        <translation>HTML (yn agor mewn porwr gwe)</translation>
    </message>
    <message>
        <source>Readable &amp;document:</source>
        <translation>&amp;Dogfen ddarllenadwy:</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>&amp;Amgryptio gyda chyfrinymadrodd (argymhellir)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>C&amp;yfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <source>Give the passphrase to the requester separately from the file (by phone, say). They can open the file with “hearth-cli sar open”, as docs/formats.md describes.</source>
        <translation>Rhowch y cyfrinymadrodd i&apos;r ceisydd ar wahân i&apos;r ffeil (dros y ffôn, er enghraifft). Gallant agor y ffeil gyda “hearth-cli sar open”, fel y mae docs/formats.md yn ei ddisgrifio.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Cadw &amp;fel…</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick Encrypt.</source>
        <translation>Teipiwch gyfrinymadrodd, neu dad-diciwch Amgryptio.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol: teipiwch yr un cyfrinymadrodd ddwywaith.</translation>
    </message>
    <message>
        <source>Save the subject access export</source>
        <translation>Cadw allforiad y cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Encrypted subject access file (*.hsar)</source>
        <translation>Ffeil cais gwrthrych am wybodaeth wedi&apos;i hamgryptio (*.hsar)</translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Ffeil ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The export was not saved.</source>
        <translation>Ni chafodd yr allforiad ei gadw.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Stop: a cancelled export writes no file and records nothing</source>
        <translation>Stopio: nid yw allforio wedi&apos;i ganslo yn ysgrifennu ffeil nac yn cofnodi dim</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Wrthi&apos;n darllen y cofnod…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wrthi&apos;n amgryptio…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Wrthi&apos;n ysgrifennu %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation>Allforio wedi&apos;i ganslo: ni ysgrifennwyd ffeil ac ni chofnodwyd dim.</translation>
    </message>
</context>
</TS>
