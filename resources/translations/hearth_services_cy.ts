<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Dim ymateb</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Yn mynychu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Stopped attending</source>
        <translation>Wedi rhoi&apos;r gorau i fynychu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Marcio wedi&apos;i &amp;anfon</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>Marcio wedi&apos;i &amp;dderbyn</translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation>Marcio wedi&apos;i &amp;wrthod</translation>
    </message>
    <message>
        <source>Mark &amp;no response</source>
        <translation>Marcio dim y&amp;mateb</translation>
    </message>
    <message>
        <source>Mark a&amp;ttending</source>
        <translation>Marcio&apos;n my&amp;nychu</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Marcio wedi&apos;i &amp;gwblhau</translation>
    </message>
    <message>
        <source>Mark sto&amp;pped attending</source>
        <translation>Marcio wedi rhoi&apos;r gorau i &amp;fynychu</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Edit action item: %1</source>
        <translation>Golygu cam gweithredu: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Cam gweithredu:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Blaenoriaeth:</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Swyddog arweiniol</translation>
    </message>
    <message>
        <source>No lead officer yet</source>
        <translation>Dim swyddog arweiniol eto</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (ddim yn weithredol mwyach)</translation>
    </message>
    <message>
        <source>Unknown officer (%1)</source>
        <translation>Swyddog anhysbys (%1)</translation>
    </message>
    <message>
        <source>&amp;Lead officer:</source>
        <translation>&amp;Swyddog arweiniol:</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Sefydliad partner</translation>
    </message>
    <message>
        <source>The partner accountable with the council, if any</source>
        <translation>Y partner sy&apos;n atebol ynghyd â&apos;r cyngor, os oes un</translation>
    </message>
    <message>
        <source>Pa&amp;rtner organisation:</source>
        <translation>Sefydliad &amp;partner:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dec&amp;hrau:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Linked KPI</source>
        <translation>DPA cysylltiedig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Linked &amp;KPI:</source>
        <translation>DPA cysy&amp;lltiedig:</translation>
    </message>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation>nid yw&apos;n ddyddiad (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>is required: add a priority to the strategy first</source>
        <translation>mae&apos;n ofynnol: ychwanegwch flaenoriaeth at y strategaeth yn gyntaf</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation>Strategaeth newydd…</translation>
    </message>
    <message>
        <source>New priority…</source>
        <translation>Blaenoriaeth newydd…</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Eitem newydd…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Golygu eitem…</translation>
    </message>
    <message>
        <source>Edit the chosen item (Enter)</source>
        <translation>Golygu&apos;r eitem a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Cofnodi cynnydd…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Save the progress table for committee as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation>Cadw&apos;r tabl cynnydd ar gyfer y pwyllgor fel CSV, XLSX, ODT, HTML neu PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>Diweddariad diweddaraf</translation>
    </message>
    <message>
        <source>Action plan items by priority</source>
        <translation>Eitemau&apos;r cynllun gweithredu yn ôl blaenoriaeth</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Canran wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>C&amp;ynllun</translation>
    </message>
    <message>
        <source>No update in the last</source>
        <translation>Dim diweddariad ers</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>Flag items with no update in the last this many weeks</source>
        <translation>Tynnu sylw at eitemau heb ddiweddariad ers y nifer hwn o wythnosau</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Swyddog arweiniol</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Sefydliad partner</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grwpio yn ôl</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Everything that needs attention</source>
        <translation>Popeth sydd angen sylw</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation>Eitemau sydd angen sylw</translation>
    </message>
    <message>
        <source>Manager &amp;review</source>
        <translation>Adolygiad y &amp;rheolwr</translation>
    </message>
    <message>
        <source>The council settings could not be read: %1</source>
        <translation>Nid oedd modd darllen gosodiadau&apos;r cyngor: %1</translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation>Swyddog anhysbys</translation>
    </message>
    <message>
        <source>The action plan could not be read: %1</source>
        <translation>Nid oedd modd darllen y cynllun gweithredu: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>No strategy yet. Choose New strategy… to start the action plan, then add its priorities and their action items.</source>
        <translation>Dim strategaeth eto. Dewiswch Strategaeth newydd… i ddechrau&apos;r cynllun gweithredu, yna ychwanegwch ei blaenoriaethau a&apos;u camau gweithredu.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation>Dim arweinydd eto</translation>
    </message>
    <message>
        <source>%1 ⚠ Overdue</source>
        <translation>%1 ⚠ Yn hwyr</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no commentary</source>
        <translation>dim sylwebaeth</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>Dim diweddariad eto</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 eitem</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 eitem</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This strategy has no priorities yet. Choose New priority… to add one.</source>
        <translation>Nid oes gan y strategaeth hon flaenoriaethau eto. Dewiswch Blaenoriaeth newydd… i ychwanegu un.</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>1 cam gweithredu</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>%1 cam gweithredu</translation>
    </message>
    <message>
        <source> under </source>
        <translation> o dan </translation>
    </message>
    <message>
        <source>1 priority</source>
        <translation>1 flaenoriaeth</translation>
    </message>
    <message>
        <source>%1 priorities</source>
        <translation>%1 blaenoriaeth</translation>
    </message>
    <message>
        <source>; %1 overdue</source>
        <translation>; %1 yn hwyr</translation>
    </message>
    <message>
        <source>No lead officer</source>
        <translation>Dim swyddog arweiniol</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Dim sefydliad partner</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>As of %1 nothing here needs attention.</source>
        <translation>Ar %1, nid oes dim yma angen sylw.</translation>
    </message>
    <message>
        <source>As of %1, </source>
        <translation>Ar %1, </translation>
    </message>
    <message>
        <source>1 item needs attention</source>
        <translation>mae angen sylw ar 1 eitem</translation>
    </message>
    <message>
        <source>%1 items need attention</source>
        <translation>mae angen sylw ar %1 eitem</translation>
    </message>
    <message>
        <source>Choose an item to see its description and latest update in full.</source>
        <translation>Dewiswch eitem i weld ei disgrifiad a&apos;i diweddariad diweddaraf yn llawn.</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Dim cynnydd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Latest update, %1 (%2, %3): %4</source>
        <translation>Diweddariad diweddaraf, %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Linked KPI: %1</source>
        <translation>DPA cysylltiedig: %1</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Allforio&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>The action plan could not be read.</source>
        <translation>Nid oedd modd darllen y cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Strategy added. Add its priorities with New priority…</source>
        <translation>Ychwanegwyd y strategaeth. Ychwanegwch ei blaenoriaethau gyda Blaenoriaeth newydd…</translation>
    </message>
    <message>
        <source>Add a strategy first (New strategy…).</source>
        <translation>Ychwanegwch strategaeth yn gyntaf (Strategaeth newydd…).</translation>
    </message>
    <message>
        <source>Priority added.</source>
        <translation>Ychwanegwyd y flaenoriaeth.</translation>
    </message>
    <message>
        <source>Add a priority first (New priority…): every item sits under one.</source>
        <translation>Ychwanegwch flaenoriaeth yn gyntaf (Blaenoriaeth newydd…): mae pob eitem yn perthyn i un.</translation>
    </message>
    <message>
        <source>Item added. Record its progress with Record progress… (Ctrl+U).</source>
        <translation>Ychwanegwyd yr eitem. Cofnodwch ei chynnydd gyda Cofnodi cynnydd… (Ctrl+U).</translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation>Cadwyd yr eitem.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Dewiswch eitem yn gyntaf.</translation>
    </message>
    <message>
        <source>Progress recorded: %1, %2%.</source>
        <translation>Cofnodwyd y cynnydd: %1, %2%.</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategaeth:</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Gr&amp;wpio yn ôl:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Dangos:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DirectoryPage</name>
    <message>
        <source>Community directory</source>
        <translation>Cyfeiriadur cymunedol</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>Name, organisation, category or ward</source>
        <translation>Enw, sefydliad, categori neu ward</translation>
    </message>
    <message>
        <source>Only &amp;review overdue</source>
        <translation>Dim ond adolygiadau &amp;hwyr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorïau</translation>
    </message>
    <message>
        <source>Wards served</source>
        <translation>Wardiau a wasanaethir</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Manylion y gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>Gwasanaeth &amp;newydd…</translation>
    </message>
    <message>
        <source>Add a service to the directory (Ctrl+Shift+N)</source>
        <translation>Ychwanegu gwasanaeth at y cyfeiriadur (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Places and times…</source>
        <translation>&amp;Lleoedd ac amseroedd…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Gol&amp;ygu…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Save the gap analysis as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation>Cadw&apos;r dadansoddiad bylchau fel CSV, XLSX, ODT, HTML neu PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Services by ward and category</source>
        <translation>Gwasanaethau yn ôl ward a chategori</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Nid oedd modd darllen y cyfeiriadur: %1</translation>
    </message>
    <message>
        <source> (no longer in the feed)</source>
        <translation> (nid yw yn y ffrwd mwyach)</translation>
    </message>
    <message>
        <source>⚠ Review overdue (last %1)</source>
        <translation>⚠ Adolygiad yn hwyr (diwethaf %1)</translation>
    </message>
    <message>
        <source>⚠ Review overdue (never reviewed)</source>
        <translation>⚠ Adolygiad yn hwyr (heb ei adolygu erioed)</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Adolygwyd %1</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Yr ardal gyfan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) shown; %2 past their review date</source>
        <translation>
            <numerusform>Dangosir %1 o %n gwasanaeth; %2 wedi mynd heibio i&apos;w dyddiad adolygu</numerusform>
            <numerusform>Dangosir %1 o %n gwasanaeth; %2 wedi mynd heibio i&apos;w dyddiad adolygu</numerusform>
            <numerusform>Dangosir %1 o %n gwasanaeth; %2 wedi mynd heibio i&apos;w dyddiad adolygu</numerusform>
            <numerusform>Dangosir %1 o %n gwasanaeth; %2 wedi mynd heibio i&apos;w dyddiad adolygu</numerusform>
            <numerusform>Dangosir %1 o %n gwasanaeth; %2 wedi mynd heibio i&apos;w dyddiad adolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a service to see its details.</source>
        <translation>Dewiswch wasanaeth i weld ei fanylion.</translation>
    </message>
    <message>
        <source>⚠ Review overdue: check this entry with the provider and save it.</source>
        <translation>⚠ Adolygiad yn hwyr: gwiriwch y cofnod hwn gyda&apos;r darparwr a&apos;i gadw.</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>Oedran: %1 i %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>unrhyw</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Am ddim</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Transport provided</source>
        <translation>Darperir cludiant</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Mynediad: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ble: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <source>Export gap analysis</source>
        <translation>Allforio&apos;r dadansoddiad bylchau</translation>
    </message>
    <message>
        <source>The gap analysis could not be read: %1</source>
        <translation>Nid oedd modd darllen y dadansoddiad bylchau: %1</translation>
    </message>
    <message>
        <source>Gap: no service, 1 resident</source>
        <translation>Bwlch: dim gwasanaeth, 1 preswylydd</translation>
    </message>
    <message>
        <source>Gap: no service, %1 residents</source>
        <translation>Bwlch: dim gwasanaeth, %1 preswylydd</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: no service for %n resident(s) on the register</source>
        <translation>
            <numerusform>%1, %2: dim gwasanaeth ar gyfer %n preswylydd ar y gofrestr</numerusform>
            <numerusform>%1, %2: dim gwasanaeth ar gyfer %n preswylydd ar y gofrestr</numerusform>
            <numerusform>%1, %2: dim gwasanaeth ar gyfer %n preswylydd ar y gofrestr</numerusform>
            <numerusform>%1, %2: dim gwasanaeth ar gyfer %n preswylydd ar y gofrestr</numerusform>
            <numerusform>%1, %2: dim gwasanaeth ar gyfer %n preswylydd ar y gofrestr</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 gwasanaeth</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 gwasanaeth</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No gaps: every ward with residents on the register has a service of each category.</source>
        <translation>Dim bylchau: mae gan bob ward sydd â phreswylwyr ar y gofrestr wasanaeth o bob categori.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), where residents are on the register but no service of the category runs:</source>
        <translation>
            <numerusform>%n bwlch, lle mae preswylwyr ar y gofrestr ond nid oes gwasanaeth o&apos;r categori yn rhedeg:</numerusform>
            <numerusform>%n bwlch, lle mae preswylwyr ar y gofrestr ond nid oes gwasanaeth o&apos;r categori yn rhedeg:</numerusform>
            <numerusform>%n bwlch, lle mae preswylwyr ar y gofrestr ond nid oes gwasanaeth o&apos;r categori yn rhedeg:</numerusform>
            <numerusform>%n bwlch, lle mae preswylwyr ar y gofrestr ond nid oes gwasanaeth o&apos;r categori yn rhedeg:</numerusform>
            <numerusform>%n bwlch, lle mae preswylwyr ar y gofrestr ond nid oes gwasanaeth o&apos;r categori yn rhedeg:</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap summary</source>
        <translation>Crynodeb o&apos;r bylchau</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>Gwa&amp;sanaethau</translation>
    </message>
    <message>
        <source>G&amp;aps</source>
        <translation>&amp;Bylchau</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PeerDialog</name>
    <message>
        <source>Add a peer</source>
        <translation>Ychwanegu cymar</translation>
    </message>
    <message>
        <source>A peer is another database of the team that this one exchanges bundles with. Its site id is shown on its own Sync page.</source>
        <translation>Cymar yw cronfa ddata arall y tîm y mae&apos;r un hon yn cyfnewid bwndeli â hi. Mae ei ID safle i&apos;w weld ar ei thudalen Cysoni ei hun.</translation>
    </message>
    <message>
        <source>Peer&apos;s site id</source>
        <translation>ID safle&apos;r cymar</translation>
    </message>
    <message>
        <source>&amp;Site id:</source>
        <translation>&amp;ID safle:</translation>
    </message>
    <message>
        <source>Peer&apos;s name</source>
        <translation>Enw&apos;r cymar</translation>
    </message>
    <message>
        <source>e.g. Sam&apos;s laptop</source>
        <translation>e.e. gliniadur Sam</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Officer whose database it is</source>
        <translation>Y swyddog sy&apos;n berchen ar y gronfa ddata</translation>
    </message>
    <message>
        <source>Learn it from the peer&apos;s first bundle</source>
        <translation>Ei ddysgu o fwndel cyntaf y cymar</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Swyddog:</translation>
    </message>
    <message>
        <source>A hub sends an officer&apos;s database that officer&apos;s caseload and the council-wide data only.</source>
        <translation>Mae canolbwynt yn anfon i gronfa ddata swyddog lwyth achosion y swyddog hwnnw a data&apos;r cyngor cyfan yn unig.</translation>
    </message>
    <message>
        <source>Error: site id: %1.</source>
        <translation>Gwall: ID safle: %1.</translation>
    </message>
    <message>
        <source>Error: name: give the peer a name, such as whose laptop it is.</source>
        <translation>Gwall: enw: rhowch enw i&apos;r cymar, fel gliniadur pwy ydyw.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PriorityDialog</name>
    <message>
        <source>New priority in %1</source>
        <translation>Blaenoriaeth newydd yn %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>e.g. Raise awareness of loneliness</source>
        <translation>e.e. Codi ymwybyddiaeth o unigrwydd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ProgressDialog</name>
    <message>
        <source>Record progress: %1</source>
        <translation>Cofnodi cynnydd: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Dyddiad y diweddariad</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Percent complete, 0 to 100</source>
        <translation>Canran wedi&apos;i chwblhau, 0 i 100</translation>
    </message>
    <message>
        <source>&amp;Percent complete:</source>
        <translation>&amp;Canran wedi&apos;i chwblhau:</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <source>What has happened since the last update, and what comes next</source>
        <translation>Beth sydd wedi digwydd ers y diweddariad diwethaf, a beth sy&apos;n dod nesaf</translation>
    </message>
    <message>
        <source>&amp;Commentary:</source>
        <translation>S&amp;ylwebaeth:</translation>
    </message>
    <message>
        <source>&amp;History (oldest first; never changed):</source>
        <translation>&amp;Hanes (yr hynaf yn gyntaf; byth yn cael ei newid):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Progress history of this item</source>
        <translation>Hanes cynnydd yr eitem hon</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Nid oedd modd darllen yr hanes: %1</translation>
    </message>
    <message>
        <source>No progress recorded yet</source>
        <translation>Dim cynnydd wedi&apos;i gofnodi eto</translation>
    </message>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation>nid yw&apos;n ddyddiad (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 100</source>
        <translation>nid yw&apos;n rhif cyfan o 0 i 100</translation>
    </message>
    <message>
        <source>Complete below 100%</source>
        <translation>Wedi&apos;i gwblhau ond o dan 100%</translation>
    </message>
    <message>
        <source>The status is Complete but the percent complete is %1%.</source>
        <translation>Y statws yw Wedi&apos;i gwblhau ond mae&apos;r ganran wedi&apos;i chwblhau yn %1%.</translation>
    </message>
    <message>
        <source>Set it to 100%, keep %1% as entered, or cancel to go back and change it.</source>
        <translation>Gosodwch hi i 100%, cadwch %1% fel y&apos;i rhoddwyd, neu canslwch i fynd yn ôl a&apos;i newid.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReferDialog</name>
    <message>
        <source>serves their ward</source>
        <translation>yn gwasanaethu eu ward</translation>
    </message>
    <message>
        <source>serves the whole area</source>
        <translation>yn gwasanaethu&apos;r ardal gyfan</translation>
    </message>
    <message>
        <source>takes their age</source>
        <translation>yn derbyn pobl o&apos;u hoedran</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>ar gyfer %1</translation>
    </message>
    <message>
        <source>meets barrier: %1</source>
        <translation>yn mynd i&apos;r afael â rhwystr: %1</translation>
    </message>
    <message>
        <source>Refer or signpost</source>
        <translation>Atgyfeirio neu gyfeirio</translation>
    </message>
    <message>
        <source>Services that fit this resident, best first:</source>
        <translation>Gwasanaethau sy&apos;n addas i&apos;r preswylydd hwn, y gorau yn gyntaf:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Pam mae&apos;n addas</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Gwasanaethau a awgrymir</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Sent to the service on this date</source>
        <translation>Wedi&apos;i anfon at y gwasanaeth ar y dyddiad hwn</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Atgyfeirio</translation>
    </message>
    <message>
        <source>No running service fits this resident&apos;s ward and age.</source>
        <translation>Nid oes gwasanaeth sy&apos;n rhedeg yn addas i ward ac oedran y preswylydd hwn.</translation>
    </message>
    <message>
        <source>choose a service from the list</source>
        <translation>dewiswch wasanaeth o&apos;r rhestr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (dd/mm/yyyy)</source>
        <translation>nid yw &apos;%1&apos; yn ddyddiad (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>All open referrals</source>
        <translation>Pob atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Oed (diwrnodau)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
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
        <source>Open referrals</source>
        <translation>Atgyfeiriadau agored</translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation>Nid oedd modd darllen yr atgyfeiriadau: %1</translation>
    </message>
    <message>
        <source>⚠ No response for 1 day</source>
        <translation>⚠ Dim ymateb ers 1 diwrnod</translation>
    </message>
    <message>
        <source>⚠ No response for %1 days</source>
        <translation>⚠ Dim ymateb ers %1 diwrnod</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n atgyfeiriad agored</numerusform>
            <numerusform>%n atgyfeiriad agored</numerusform>
            <numerusform>%n atgyfeiriad agored</numerusform>
            <numerusform>%n atgyfeiriad agored</numerusform>
            <numerusform>%n atgyfeiriad agored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with no response after %1 days or more</source>
        <translation>
            <numerusform>; %n heb ymateb ar ôl %1 diwrnod neu fwy</numerusform>
            <numerusform>; %n heb ymateb ar ôl %1 diwrnod neu fwy</numerusform>
            <numerusform>; %n heb ymateb ar ôl %1 diwrnod neu fwy</numerusform>
            <numerusform>; %n heb ymateb ar ôl %1 diwrnod neu fwy</numerusform>
            <numerusform>; %n heb ymateb ar ôl %1 diwrnod neu fwy</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral to move it on.</source>
        <translation>Dewiswch atgyfeiriad i&apos;w symud ymlaen.</translation>
    </message>
    <message>
        <source>Chosen: %1, now %2. Move it on today:</source>
        <translation>Wedi&apos;i ddewis: %1, statws nawr: %2. Symudwch ef ymlaen heddiw:</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Dewiswch atgyfeiriad yn gyntaf.</translation>
    </message>
    <message>
        <source>⚠ Not changed: %1</source>
        <translation>⚠ Heb ei newid: %1</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Wedi&apos;i symud i: %1.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReportExport</name>
    <message>
        <source>%1: the file name must end in one of .%2, which says the format.</source>
        <translation>%1: rhaid i enw&apos;r ffeil orffen ag un o .%2, sy&apos;n nodi&apos;r fformat.</translation>
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
        <source>Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Taenlen (*.xlsx);;Testun OpenDocument (*.odt);;Tudalen we (*.html);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Ni chafodd yr adroddiad ei gadw.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>The financial-year quarter reported (April to March years)</source>
        <translation>Chwarter y flwyddyn ariannol yr adroddir arno (blynyddoedd Ebrill i Fawrth)</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>Ch&amp;warter:</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Dadansoddiad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Yn ôl %1</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Dadansoddiad:</translation>
    </message>
    <message>
        <source>For &amp;publication</source>
        <translation>Ar gyfer ei g&amp;yhoeddi</translation>
    </message>
    <message>
        <source>Suppress small numbers as for a published report: counts from 1 to 4 (or your council&apos;s threshold) and the figures they could be worked out from show as *</source>
        <translation>Atal niferoedd bach fel ar gyfer adroddiad cyhoeddedig: mae cyfrifon o 1 i 4 (neu drothwy eich cyngor) a&apos;r ffigurau y gellid eu cyfrifo ohonynt yn ymddangos fel *</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Save the report as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation>Cadw&apos;r adroddiad fel CSV, XLSX, ODT, HTML neu PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Chart of residents identified and supported per quarter</source>
        <translation>Siart o&apos;r preswylwyr a nodwyd ac a gefnogwyd fesul chwarter</translation>
    </message>
    <message>
        <source>Chart of referrals made and taken up per quarter</source>
        <translation>Siart o&apos;r atgyfeiriadau a wnaed ac y manteisiwyd arnynt fesul chwarter</translation>
    </message>
    <message>
        <source>Chart of the improvement rate per quarter</source>
        <translation>Siart o&apos;r gyfradd gwella fesul chwarter</translation>
    </message>
    <message>
        <source>Chart of the quarter&apos;s referrals by status</source>
        <translation>Siart o atgyfeiriadau&apos;r chwarter yn ôl statws</translation>
    </message>
    <message>
        <source>Chart of services available by category</source>
        <translation>Siart o&apos;r gwasanaethau sydd ar gael yn ôl categori</translation>
    </message>
    <message>
        <source>Chart of action-plan items by status</source>
        <translation>Siart o eitemau&apos;r cynllun gweithredu yn ôl statws</translation>
    </message>
    <message>
        <source>The charts&apos; figures</source>
        <translation>Ffigurau&apos;r siartiau</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Dangosyddion perfformiad allweddol</translation>
    </message>
    <message>
        <source>Key performance indicators table</source>
        <translation>Tabl dangosyddion perfformiad allweddol</translation>
    </message>
    <message>
        <source>Definitions of the figures</source>
        <translation>Diffiniadau o&apos;r ffigurau</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Nid oedd modd darllen y ffigurau: %1</translation>
    </message>
    <message>
        <source>change from %1 not shown: small numbers</source>
        <translation>ni ddangosir y newid o %1: niferoedd bach</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>dim cymhariaeth â %1</translation>
    </message>
    <message>
        <source>no change from %1</source>
        <translation>dim newid o %1</translation>
    </message>
    <message>
        <source>up %1 points from %2</source>
        <translation>i fyny %1 pwynt o %2</translation>
    </message>
    <message>
        <source>down %1 points from %2</source>
        <translation>i lawr %1 pwynt o %2</translation>
    </message>
    <message>
        <source>up %1 from %2</source>
        <translation>i fyny %1 o %2</translation>
    </message>
    <message>
        <source>down %1 from %2</source>
        <translation>i lawr %1 o %2</translation>
    </message>
    <message>
        <source>The quarter is not over yet: its figures are to date.</source>
        <translation>Nid yw&apos;r chwarter wedi dod i ben eto: mae ei ffigurau hyd yma.</translation>
    </message>
    <message>
        <source>Open a database to see its reports.</source>
        <translation>Agorwch gronfa ddata i weld ei hadroddiadau.</translation>
    </message>
    <message>
        <source>Suppressed for publication: a small number</source>
        <translation>Wedi&apos;i atal ar gyfer cyhoeddi: nifer bach</translation>
    </message>
    <message>
        <source>Cases closed by reason and action-plan items by status are in the export.</source>
        <translation>Mae&apos;r achosion a gaewyd yn ôl rheswm ac eitemau&apos;r cynllun gweithredu yn ôl statws yn yr allforiad.</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ystyr y ffigurau</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Allforio&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Taenlen (*.xlsx);;Testun OpenDocument (*.odt);;Tudalen we (*.html);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Ni chafodd yr adroddiad ei gadw.</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>Nid oes adroddiad i&apos;w gadw.</translation>
    </message>
    <message>
        <source>%1: the file name must end in one of .%2, which says the format.</source>
        <translation>%1: rhaid i enw&apos;r ffeil orffen ag un o .%2, sy&apos;n nodi&apos;r fformat.</translation>
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
        <source>Stop: cancelled figures are not shown, a cancelled export writes no file</source>
        <translation>Stopio: nid yw ffigurau wedi&apos;u canslo yn cael eu dangos, ac nid yw allforio wedi&apos;i ganslo yn ysgrifennu ffeil</translation>
    </message>
    <message>
        <source>Report figures and charts</source>
        <translation>Ffigurau a siartiau&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Working out the figures for %1…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau ar gyfer %1…</translation>
    </message>
    <message>
        <source>Cancelled: the figures were not worked out. Choose View &gt; Refresh to work them out.</source>
        <translation>Wedi&apos;i ganslo: ni chafodd y ffigurau eu cyfrifo. Dewiswch Gweld &gt; Adnewyddu i&apos;w cyfrifo.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Wrthi&apos;n cadw %1…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Cafodd yr adroddiad ei gadw fel %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Allforio wedi&apos;i ganslo: ni ysgrifennwyd ffeil.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ResidentReferralsWidget</name>
    <message>
        <source>Referrals and signposts</source>
        <translation>Atgyfeiriadau a chyfeirio</translation>
    </message>
    <message>
        <source>Refer the resident to a service, or signpost them</source>
        <translation>Atgyfeirio&apos;r preswylydd at wasanaeth, neu ei gyfeirio ymlaen</translation>
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
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>The resident&apos;s referrals</source>
        <translation>Atgyfeiriadau&apos;r preswylydd</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>Atgy&amp;feirio…</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ServiceDialog</name>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation>nid yw&apos;n ddyddiad (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Gwasanaeth newydd</translation>
    </message>
    <message>
        <source>Edit service: %1</source>
        <translation>Golygu gwasanaeth: %1</translation>
    </message>
    <message>
        <source>Choose the organisation that runs it, or type the name of a new one</source>
        <translation>Dewiswch y sefydliad sy&apos;n ei redeg, neu teipiwch enw un newydd</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Sta&amp;tws:</translation>
    </message>
    <message>
        <source>Category codes, separated by commas</source>
        <translation>Codau categori, wedi&apos;u gwahanu â chomâu</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorïau:</translation>
    </message>
    <message>
        <source>Wards served (none ticked: the whole area)</source>
        <translation>Wardiau a wasanaethir (dim wedi&apos;u ticio: yr ardal gyfan)</translation>
    </message>
    <message>
        <source>&amp;Wards served:</source>
        <translation>&amp;Wardiau a wasanaethir:</translation>
    </message>
    <message>
        <source>Target groups the service is for</source>
        <translation>Y grwpiau targed y mae&apos;r gwasanaeth ar eu cyfer</translation>
    </message>
    <message>
        <source>&amp;Target groups:</source>
        <translation>&amp;Grwpiau targed:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum age:</source>
        <translation>Uchafsw&amp;m oedran:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Empty: free</source>
        <translation>Gwag: am ddim</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;ost:</translation>
    </message>
    <message>
        <source>Empty: no limit known</source>
        <translation>Gwag: dim terfyn hysbys</translation>
    </message>
    <message>
        <source>Capac&amp;ity (places):</source>
        <translation>Ca&amp;pasiti (lleoedd):</translation>
    </message>
    <message>
        <source>T&amp;ransport provided</source>
        <translation>Darperir c&amp;ludiant</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy; empty while it runs</source>
        <translation>dd/mm/yyyy; gwag tra mae&apos;n rhedeg</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>Daeth i ben &amp;ar:</translation>
    </message>
    <message>
        <source>is not a whole number of years</source>
        <translation>nid yw&apos;n nifer cyfan o flynyddoedd</translation>
    </message>
    <message>
        <source>is not a whole number of places</source>
        <translation>nid yw&apos;n nifer cyfan o leoedd</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>mae yn y dyfodol</translation>
    </message>
    <message>
        <source>is required: choose one or type a new name</source>
        <translation>mae&apos;n ofynnol: dewiswch un neu teipiwch enw newydd</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Isafswm oedran:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>We&amp;b address:</source>
        <translation>Cyfei&amp;riad gwe:</translation>
    </message>
    <message>
        <source>Accessibi&amp;lity:</source>
        <translation>&amp;Hygyrchedd:</translation>
    </message>
    <message>
        <source>St&amp;arted on:</source>
        <translation>Dechre&amp;uodd ar:</translation>
    </message>
    <message>
        <source>Chec&amp;ked with the provider on:</source>
        <translation>Gwiriw&amp;yd gyda&apos;r darparwr ar:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ServicePlacesDialog</name>
    <message>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <source>(a place with no name)</source>
        <translation>(lle heb enw)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Misol</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wythnosol</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 i %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Places and times: %1</source>
        <translation>Lleoedd ac amseroedd: %1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>Places where the service runs</source>
        <translation>Lleoedd lle mae&apos;r gwasanaeth yn rhedeg</translation>
    </message>
    <message>
        <source>&amp;Remove place</source>
        <translation>&amp;Tynnu lle</translation>
    </message>
    <message>
        <source>e.g. St Mary&apos;s church hall</source>
        <translation>e.e. neuadd eglwys y Santes Fair</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation>T&amp;ref:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ddim yn hysbys)</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Ward:</translation>
    </message>
    <message>
        <source>&amp;Add place</source>
        <translation>&amp;Ychwanegu lle</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Amseroedd</translation>
    </message>
    <message>
        <source>When the service runs</source>
        <translation>Pryd mae&apos;r gwasanaeth yn rhedeg</translation>
    </message>
    <message>
        <source>R&amp;emove time</source>
        <translation>Tynnu a&amp;mser</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dyddiau</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dyddiau:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation>Yn ca&amp;u am:</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>Lle&amp;oliad:</translation>
    </message>
    <message>
        <source>e.g. not in August</source>
        <translation>e.e. nid ym mis Awst</translation>
    </message>
    <message>
        <source>(any of its places)</source>
        <translation>(unrhyw un o&apos;i leoedd)</translation>
    </message>
    <message>
        <source>The places and times could not be read: %1</source>
        <translation>Nid oedd modd darllen y lleoedd a&apos;r amseroedd: %1</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, lleoliad: %1</translation>
    </message>
    <message>
        <source>is required, or an address or postcode</source>
        <translation>mae&apos;n ofynnol, neu gyfeiriad neu god post</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>dewiswch o leiaf un diwrnod</translation>
    </message>
    <message>
        <source>must be after the opening time</source>
        <translation>rhaid iddo fod ar ôl yr amser agor</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Am&amp;lder:</translation>
    </message>
    <message>
        <source>Open&amp;s at:</source>
        <translation>Yn &amp;agor am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Add t&amp;ime</source>
        <translation>Ychwane&amp;gu amser</translation>
    </message>
</context>
<context>
    <name>hearth::ui::StrategyDialog</name>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation>nid yw&apos;n ddyddiad (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Strategaeth newydd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>e.g. Tackling loneliness strategy 2026–2029</source>
        <translation>e.e. Strategaeth mynd i&apos;r afael ag unigrwydd 2026–2029</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Cyfnod &amp;o:</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod hyd at</translation>
    </message>
    <message>
        <source>Period t&amp;o:</source>
        <translation>Cyfnod &amp;hyd at:</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SyncPage</name>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>This database&apos;s site id</source>
        <translation>ID safle&apos;r gronfa ddata hon</translation>
    </message>
    <message>
        <source>Cop&amp;y site id</source>
        <translation>Copïo&apos;r I&amp;D safle</translation>
    </message>
    <message>
        <source>Copy this database&apos;s site id, to give to the peers that add this database</source>
        <translation>Copïo ID safle&apos;r gronfa ddata hon, i&apos;w roi i&apos;r cymheiriaid sy&apos;n ychwanegu&apos;r gronfa ddata hon</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Sync role</source>
        <translation>Rôl cysoni</translation>
    </message>
    <message>
        <source>Officer&apos;s database</source>
        <translation>Cronfa ddata swyddog</translation>
    </message>
    <message>
        <source>Hub (the manager&apos;s database)</source>
        <translation>Canolbwynt (cronfa ddata&apos;r rheolwr)</translation>
    </message>
    <message>
        <source>&amp;Set role…</source>
        <translation>Go&amp;sod rôl…</translation>
    </message>
    <message>
        <source>Make this database the team&apos;s hub or an officer&apos;s database</source>
        <translation>Gwneud y gronfa ddata hon yn ganolbwynt y tîm neu&apos;n gronfa ddata swyddog</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>Cym&amp;heiriaid</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Cymheiriaid</translation>
    </message>
    <message>
        <source>The databases this one exchanges bundles with, and when it last did</source>
        <translation>Y cronfeydd data y mae&apos;r un hon yn cyfnewid bwndeli â nhw, a phryd y gwnaeth hynny ddiwethaf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>ID safle</translation>
    </message>
    <message>
        <source>Last export to them</source>
        <translation>Allforio diwethaf iddynt</translation>
    </message>
    <message>
        <source>Last import from them</source>
        <translation>Mewnforio diwethaf oddi wrthynt</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>A&amp;dd peer…</source>
        <translation>&amp;Ychwanegu cymar…</translation>
    </message>
    <message>
        <source>Add a database of the team by its site id</source>
        <translation>Ychwanegu un o gronfeydd data&apos;r tîm yn ôl ei ID safle</translation>
    </message>
    <message>
        <source>Re&amp;name peer…</source>
        <translation>A&amp;ilenwi cymar…</translation>
    </message>
    <message>
        <source>Change the name shown for the chosen peer</source>
        <translation>Newid yr enw a ddangosir ar gyfer y cymar a ddewiswyd</translation>
    </message>
    <message>
        <source>R&amp;emove peer…</source>
        <translation>&amp;Tynnu cymar…</translation>
    </message>
    <message>
        <source>Stop exchanging bundles with the chosen peer</source>
        <translation>Peidio â chyfnewid bwndeli gyda&apos;r cymar a ddewiswyd</translation>
    </message>
    <message>
        <source>Export t&amp;o:</source>
        <translation>&amp;Allforio i:</translation>
    </message>
    <message>
        <source>Export to peer</source>
        <translation>Allforio i gymar</translation>
    </message>
    <message>
        <source>E&amp;xport changes…</source>
        <translation>Allforio &amp;newidiadau…</translation>
    </message>
    <message>
        <source>Write this database&apos;s changes for the chosen peer to an encrypted file (Ctrl+E)</source>
        <translation>Ysgrifennu newidiadau&apos;r gronfa ddata hon ar gyfer y cymar a ddewiswyd i ffeil wedi&apos;i hamgryptio (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Mewnforio &amp;bwndel…</translation>
    </message>
    <message>
        <source>Read a peer&apos;s encrypted file and merge its changes (Ctrl+I)</source>
        <translation>Darllen ffeil wedi&apos;i hamgryptio gan gymar a chyfuno ei newidiadau (Ctrl+I)</translation>
    </message>
    <message>
        <source>Stop: a cancelled export writes no file, a cancelled import changes nothing</source>
        <translation>Stopio: nid yw allforio a ganslwyd yn ysgrifennu ffeil, ac nid yw mewnforio a ganslwyd yn newid dim</translation>
    </message>
    <message>
        <source>The same field was changed here and by a peer. Decide which value stands; the decision travels in your next export and is recorded in the audit log.</source>
        <translation>Cafodd yr un maes ei newid yma a chan gymar. Penderfynwch pa werth sy&apos;n sefyll; mae&apos;r penderfyniad yn teithio yn eich allforio nesaf ac yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation>Mewnflwch gwrthdaro</translation>
    </message>
    <message>
        <source>Each row is a field changed on both sides: the record, the field, the value both sides last shared, their value and who changed it when, and your value</source>
        <translation>Mae pob rhes yn faes a newidiwyd ar y ddwy ochr: y cofnod, y maes, y gwerth a rannwyd ddiwethaf gan y ddwy ochr, eu gwerth nhw a phwy a&apos;i newidiodd a phryd, a&apos;ch gwerth chi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Last common value</source>
        <translation>Gwerth cyffredin diwethaf</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu gwerth nhw</translation>
    </message>
    <message>
        <source>Changed by (theirs)</source>
        <translation>Newidiwyd gan (eu hochr nhw)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Fy ngwerth i</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Cad&amp;w fy ngwerth i</translation>
    </message>
    <message>
        <source>Keep this database&apos;s value for the chosen conflict</source>
        <translation>Cadw gwerth y gronfa ddata hon ar gyfer y gwrthdaro a ddewiswyd</translation>
    </message>
    <message>
        <source>Keep thei&amp;rs</source>
        <translation>Cadw &amp;eu gwerth nhw</translation>
    </message>
    <message>
        <source>Take the peer&apos;s value for the chosen conflict</source>
        <translation>Defnyddio gwerth y cymar ar gyfer y gwrthdaro a ddewiswyd</translation>
    </message>
    <message>
        <source>Edit merged v&amp;alue…</source>
        <translation>Golygu&apos;r gwerth cyf&amp;unol…</translation>
    </message>
    <message>
        <source>Type the value that should stand, combining both</source>
        <translation>Teipiwch y gwerth a ddylai sefyll, gan gyfuno&apos;r ddau</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Site id: %1</source>
        <translation>ID safle: %1</translation>
    </message>
    <message>
        <source>This database is not set up for sync yet: choose its role below and add its peers by their site ids.</source>
        <translation>Nid yw&apos;r gronfa ddata hon wedi&apos;i sefydlu ar gyfer cysoni eto: dewiswch ei rôl isod ac ychwanegwch ei chymheiriaid yn ôl eu IDs safle.</translation>
    </message>
    <message>
        <source>This database is the team&apos;s hub: it receives every officer&apos;s changes and sends each officer the council-wide data and their own caseload.</source>
        <translation>Canolbwynt y tîm yw&apos;r gronfa ddata hon: mae&apos;n derbyn newidiadau pob swyddog ac yn anfon data&apos;r cyngor cyfan a&apos;i lwyth achosion ei hun i bob swyddog.</translation>
    </message>
    <message>
        <source>This is an officer&apos;s database: it holds the council-wide data and this officer&apos;s caseload, and exchanges bundles with the hub.</source>
        <translation>Cronfa ddata swyddog yw hon: mae&apos;n dal data&apos;r cyngor cyfan a llwyth achosion y swyddog hwn, ac yn cyfnewid bwndeli gyda&apos;r canolbwynt.</translation>
    </message>
    <message>
        <source>Could not read the sync set-up: %1</source>
        <translation>Nid oedd modd darllen y gosodiadau cysoni: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>not known yet (learnt from its first bundle)</source>
        <translation>ddim yn hysbys eto (caiff ei ddysgu o&apos;i fwndel cyntaf)</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other (%1)</source>
        <translation>Wedi&apos;i ddileu ar un ochr, wedi&apos;i olygu ar y llall (%1)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ddim yn hysbys)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Conflicts: none to decide</source>
        <translation>Gwrthdaro: dim i benderfynu arno</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1</source>
        <translation>Gwrthdaro i benderfynu arnynt: %1</translation>
    </message>
    <message>
        <source>Resident %1 %2</source>
        <translation>Preswylydd %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Cyfrinymadrodd y tîm</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Cyfrinymadrodd y tîm eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Error: type the team passphrase.</source>
        <translation>Gwall: teipiwch gyfrinymadrodd y tîm.</translation>
    </message>
    <message>
        <source>Error: the two passphrases differ; type them again.</source>
        <translation>Gwall: mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Gwerth cyfunol</translation>
    </message>
    <message>
        <source>%1: theirs is &quot;%2&quot;, mine is &quot;%3&quot;. The value that should stand:</source>
        <translation>%1: eu gwerth nhw yw &quot;%2&quot;, fy ngwerth i yw &quot;%3&quot;. Y gwerth a ddylai sefyll:</translation>
    </message>
    <message>
        <source>Export changes for %1</source>
        <translation>Allforio newidiadau ar gyfer %1</translation>
    </message>
    <message>
        <source>Hearth sync bundles (*.hearthsync);;All files (*)</source>
        <translation>Bwndeli cysoni Hearth (*.hearthsync);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Allforio newidiadau</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>Mae %1 yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Hearth does not overwrite files. Choose another name.</source>
        <translation>Nid yw Hearth yn trosysgrifo ffeiliau. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The bundle for %1 is encrypted with the team passphrase. It is not stored.</source>
        <translation>Mae&apos;r bwndel ar gyfer %1 wedi&apos;i amgryptio gyda chyfrinymadrodd y tîm. Nid yw&apos;r cyfrinymadrodd yn cael ei storio.</translation>
    </message>
    <message>
        <source>Capturing changes</source>
        <translation>Casglu newidiadau</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation>Canslwyd yr allforio: ni ysgrifennwyd unrhyw ffeil ac ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Methodd yr allforio: %1</translation>
    </message>
    <message>
        <source>The changes were not exported.</source>
        <translation>Ni chafodd y newidiadau eu hallforio.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n changed record(s) and %1 erasure(s) for %2 to %3.</source>
        <translation>
            <numerusform>Allforiwyd %n cofnod wedi&apos;u newid a %1 dilead ar gyfer %2 i %3.</numerusform>
            <numerusform>Allforiwyd %n cofnod wedi&apos;i newid a %1 dilead ar gyfer %2 i %3.</numerusform>
            <numerusform>Allforiwyd %n cofnod wedi&apos;u newid a %1 dilead ar gyfer %2 i %3.</numerusform>
            <numerusform>Allforiwyd %n cofnod wedi&apos;u newid a %1 dilead ar gyfer %2 i %3.</numerusform>
            <numerusform>Allforiwyd %n cofnod wedi&apos;u newid a %1 dilead ar gyfer %2 i %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a sync bundle</source>
        <translation>Mewnforio bwndel cysoni</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>The file is too large to be a sync bundle.</source>
        <translation>Mae&apos;r ffeil yn rhy fawr i fod yn fwndel cysoni.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>Ni ellir mewnforio %1.</translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2.
%n changed record(s) and %3 erasure(s) to merge (their changes %4 to %5). Fields changed here as well become conflicts to decide; nothing is overwritten silently.</source>
        <translation>
            <numerusform>Oddi wrth %1, a wnaed ar %2.
%n cofnod wedi&apos;u newid a %3 dilead i&apos;w cyfuno (eu newidiadau %4 i %5). Mae meysydd a newidiwyd yma hefyd yn troi&apos;n wrthdaro i benderfynu arno; nid oes dim yn cael ei drosysgrifo&apos;n dawel.</numerusform>
            <numerusform>Oddi wrth %1, a wnaed ar %2.
%n cofnod wedi&apos;i newid a %3 dilead i&apos;w cyfuno (eu newidiadau %4 i %5). Mae meysydd a newidiwyd yma hefyd yn troi&apos;n wrthdaro i benderfynu arno; nid oes dim yn cael ei drosysgrifo&apos;n dawel.</numerusform>
            <numerusform>Oddi wrth %1, a wnaed ar %2.
%n cofnod wedi&apos;u newid a %3 dilead i&apos;w cyfuno (eu newidiadau %4 i %5). Mae meysydd a newidiwyd yma hefyd yn troi&apos;n wrthdaro i benderfynu arno; nid oes dim yn cael ei drosysgrifo&apos;n dawel.</numerusform>
            <numerusform>Oddi wrth %1, a wnaed ar %2.
%n cofnod wedi&apos;u newid a %3 dilead i&apos;w cyfuno (eu newidiadau %4 i %5). Mae meysydd a newidiwyd yma hefyd yn troi&apos;n wrthdaro i benderfynu arno; nid oes dim yn cael ei drosysgrifo&apos;n dawel.</numerusform>
            <numerusform>Oddi wrth %1, a wnaed ar %2.
%n cofnod wedi&apos;u newid a %3 dilead i&apos;w cyfuno (eu newidiadau %4 i %5). Mae meysydd a newidiwyd yma hefyd yn troi&apos;n wrthdaro i benderfynu arno; nid oes dim yn cael ei drosysgrifo&apos;n dawel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the changes in %1?</source>
        <translation>Mewnforio&apos;r newidiadau yn %1?</translation>
    </message>
    <message>
        <source>%1 is encrypted with the team passphrase. It is not stored.</source>
        <translation>Mae %1 wedi&apos;i amgryptio gyda chyfrinymadrodd y tîm. Nid yw&apos;r cyfrinymadrodd yn cael ei storio.</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Dadgryptio</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing changed.</source>
        <translation>Canslwyd mewnforio %1; ni newidiodd dim.</translation>
    </message>
    <message>
        <source>Import failed; nothing changed: %1</source>
        <translation>Methodd y mewnforio; ni newidiodd dim: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.</source>
        <translation>Ni chafodd %1 ei fewnforio; ni newidiodd dim.</translation>
    </message>
    <message>
        <source>%1 was imported already on %2; nothing changed.</source>
        <translation>Cafodd %1 ei fewnforio eisoes ar %2; ni newidiodd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n record(s) changed, %3 erased, %4 new conflict(s) to decide, %5 settled elsewhere.</source>
        <translation>
            <numerusform>Mewnforiwyd %1 oddi wrth %2: %n cofnod wedi&apos;u newid, %3 wedi&apos;u dileu, %4 gwrthdaro newydd i benderfynu arnynt, %5 wedi&apos;u setlo mewn man arall.</numerusform>
            <numerusform>Mewnforiwyd %1 oddi wrth %2: %n cofnod wedi&apos;i newid, %3 wedi&apos;u dileu, %4 gwrthdaro newydd i benderfynu arnynt, %5 wedi&apos;u setlo mewn man arall.</numerusform>
            <numerusform>Mewnforiwyd %1 oddi wrth %2: %n cofnod wedi&apos;u newid, %3 wedi&apos;u dileu, %4 gwrthdaro newydd i benderfynu arnynt, %5 wedi&apos;u setlo mewn man arall.</numerusform>
            <numerusform>Mewnforiwyd %1 oddi wrth %2: %n cofnod wedi&apos;u newid, %3 wedi&apos;u dileu, %4 gwrthdaro newydd i benderfynu arnynt, %5 wedi&apos;u setlo mewn man arall.</numerusform>
            <numerusform>Mewnforiwyd %1 oddi wrth %2: %n cofnod wedi&apos;u newid, %3 wedi&apos;u dileu, %4 gwrthdaro newydd i benderfynu arnynt, %5 wedi&apos;u setlo mewn man arall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) re-assigned to another officer left this database (the hub keeps them).</source>
        <translation>
            <numerusform>Mae %n preswylydd a ailneilltuwyd i swyddog arall wedi gadael y gronfa ddata hon (mae&apos;r canolbwynt yn eu cadw).</numerusform>
            <numerusform>Mae %n preswylydd a ailneilltuwyd i swyddog arall wedi gadael y gronfa ddata hon (mae&apos;r canolbwynt yn eu cadw).</numerusform>
            <numerusform>Mae %n preswylydd a ailneilltuwyd i swyddog arall wedi gadael y gronfa ddata hon (mae&apos;r canolbwynt yn eu cadw).</numerusform>
            <numerusform>Mae %n preswylydd a ailneilltuwyd i swyddog arall wedi gadael y gronfa ddata hon (mae&apos;r canolbwynt yn eu cadw).</numerusform>
            <numerusform>Mae %n preswylydd a ailneilltuwyd i swyddog arall wedi gadael y gronfa ddata hon (mae&apos;r canolbwynt yn eu cadw).</numerusform>
        </translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>cadwyd fy ngwerth i</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>cadwyd eu gwerth nhw</translation>
    </message>
    <message>
        <source>used a merged value</source>
        <translation>defnyddiwyd gwerth cyfunol</translation>
    </message>
    <message>
        <source>Decided %1 of %2: %3. The decision goes in your next export.</source>
        <translation>Penderfynwyd ar %1 o %2: %3. Mae&apos;r penderfyniad yn mynd yn eich allforio nesaf.</translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation>Penderfynu ar wrthdaro</translation>
    </message>
    <message>
        <source>The conflict was not decided.</source>
        <translation>Ni phenderfynwyd ar y gwrthdaro.</translation>
    </message>
    <message>
        <source>Copied this database&apos;s site id. Give it to the peers that add this database.</source>
        <translation>Copïwyd ID safle&apos;r gronfa ddata hon. Rhowch ef i&apos;r cymheiriaid sy&apos;n ychwanegu&apos;r gronfa ddata hon.</translation>
    </message>
    <message>
        <source>This database is already the %1.</source>
        <translation>Mae gan y gronfa ddata hon y rôl hon eisoes: %1.</translation>
    </message>
    <message>
        <source>The hub is the manager&apos;s database: it receives every officer&apos;s changes and sends each officer the council-wide data and their own caseload. A team has one hub.</source>
        <translation>Cronfa ddata&apos;r rheolwr yw&apos;r canolbwynt: mae&apos;n derbyn newidiadau pob swyddog ac yn anfon data&apos;r cyngor cyfan a&apos;i lwyth achosion ei hun i bob swyddog. Mae gan dîm un canolbwynt.</translation>
    </message>
    <message>
        <source>An officer&apos;s database holds the council-wide data and that officer&apos;s caseload, and exchanges bundles with the hub.</source>
        <translation>Mae cronfa ddata swyddog yn dal data&apos;r cyngor cyfan a llwyth achosion y swyddog hwnnw, ac yn cyfnewid bwndeli gyda&apos;r canolbwynt.</translation>
    </message>
    <message>
        <source>Set sync role</source>
        <translation>Gosod rôl cysoni</translation>
    </message>
    <message>
        <source>Make this database the %1?</source>
        <translation>Rhoi&apos;r rôl hon i&apos;r gronfa ddata hon: %1?</translation>
    </message>
    <message>
        <source>Change a role only when setting up the team again: its peers must agree.</source>
        <translation>Newidiwch rôl dim ond wrth sefydlu&apos;r tîm eto: rhaid i&apos;w chymheiriaid gytuno.</translation>
    </message>
    <message>
        <source>This database is now the %1.</source>
        <translation>Rôl y gronfa ddata hon nawr: %1.</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>Ni newidiwyd y rôl.</translation>
    </message>
    <message>
        <source>Added %1 as a peer.</source>
        <translation>Ychwanegwyd %1 fel cymar.</translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation>Ychwanegu cymar</translation>
    </message>
    <message>
        <source>The peer was not added.</source>
        <translation>Ni ychwanegwyd y cymar.</translation>
    </message>
    <message>
        <source>Rename peer</source>
        <translation>Ailenwi cymar</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Enw newydd ar gyfer %1:</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Ailenwyd %1 yn %2.</translation>
    </message>
    <message>
        <source>The peer was not renamed.</source>
        <translation>Ni ailenwyd y cymar.</translation>
    </message>
    <message>
        <source>Remove peer</source>
        <translation>Tynnu cymar</translation>
    </message>
    <message>
        <source>Remove %1 as a peer?</source>
        <translation>Tynnu %1 fel cymar?</translation>
    </message>
    <message>
        <source>Bundles from it will be refused and none will be made for it. The records it sent stay here. It can be added again with its site id.</source>
        <translation>Bydd bwndeli oddi wrtho&apos;n cael eu gwrthod, ac ni chaiff unrhyw fwndel ei wneud ar ei gyfer. Mae&apos;r cofnodion a anfonodd yn aros yma. Gellir ei ychwanegu eto gyda&apos;i ID safle.</translation>
    </message>
    <message>
        <source>Removed %1 as a peer.</source>
        <translation>Tynnwyd %1 fel cymar.</translation>
    </message>
    <message>
        <source>The peer was not removed.</source>
        <translation>Ni thynnwyd y cymar.</translation>
    </message>
</context>
</TS>
