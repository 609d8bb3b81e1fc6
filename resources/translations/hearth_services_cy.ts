<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;ttending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sto&amp;pped attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui</name>
    <message>
        <source>%1: the file name must end in one of .%2, which says the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead officer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown officer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner accountable with the council, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: add a priority to the strategy first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the progress table for committee as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan items by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag items with no update in the last this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy yet. Choose New strategy… to start the action plan, then add its priorities and their action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This strategy has no priorities yet. Choose New priority… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> under </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 nothing here needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its description and latest update in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update, %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked KPI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy added. Add its priorities with New priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a strategy first (New strategy…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a priority first (New priority…): every item sits under one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added. Record its progress with Record progress… (Ctrl+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress recorded: %1, %2%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::DirectoryPage</name>
    <message>
        <source>Community directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, category or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service to the directory (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places and times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the gap analysis as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services by ward and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer in the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue (last %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue (never reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) shown; %2 past their review date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue: check this entry with the provider and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export gap analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap analysis could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no service, 1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no service, %1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: no service for %n resident(s) on the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every ward with residents on the register has a service of each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), where residents are on the register but no service of the category runs:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ui::PeerDialog</name>
    <message>
        <source>Add a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer is another database of the team that this one exchanges bundles with. Its site id is shown on its own Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer whose database it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn it from the peer&apos;s first bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub sends an officer&apos;s database that officer&apos;s caseload and the council-wide data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: site id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: name: give the peer a name, such as whose laptop it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::PriorityDialog</name>
    <message>
        <source>New priority in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Raise awareness of loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ProgressDialog</name>
    <message>
        <source>Record progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened since the last update, and what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commentary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (oldest first; never changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress history of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete below 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is Complete but the percent complete is %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it to 100%, keep %1% as entered, or cancel to go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReferDialog</name>
    <message>
        <source>serves their ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves the whole area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets barrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer or signpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services that fit this resident, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the service on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running service fits this resident&apos;s ward and age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a service from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No response for 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No response for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with no response after %1 days or more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a referral to move it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1, now %2. Move it on today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial-year quarter reported (April to March years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress small numbers as for a published report: counts from 1 to 4 (or your council&apos;s threshold) and the figures they could be worked out from show as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV, XLSX, ODT, HTML or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of residents identified and supported per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of referrals made and taken up per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the improvement rate per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the quarter&apos;s referrals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of services available by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of action-plan items by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key performance indicators table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change from %1 not shown: small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 points from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 points from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter is not over yet: its figures are to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed for publication: a small number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed by reason and action-plan items by status are in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;Web page (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in one of .%2, which says the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ResidentReferralsWidget</name>
    <message>
        <source>Referrals and signposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the resident to a service, or signpost them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ServiceDialog</name>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation that runs it, or type the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category codes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards served (none ticked: the whole area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups the service is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum a&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no limit known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capac&amp;ity (places):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransport provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy; empty while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecked with the provider on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number of places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: choose one or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ServicePlacesDialog</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a place with no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where the service runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. St Mary&apos;s church hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the service runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pens at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. not in August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any of its places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The places and times could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required, or an address or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the opening time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::StrategyDialog</name>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tackling loneliness strategy 2026–2029</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::SyncPage</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this database&apos;s site id, to give to the peers that add this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub (the manager&apos;s database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this database the team&apos;s hub or an officer&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases this one exchanges bundles with, and when it last did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database of the team by its site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name shown for the chosen peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exchanging bundles with the chosen peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this database&apos;s changes for the chosen peer to an encrypted file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a peer&apos;s encrypted file and merge its changes (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: a cancelled export writes no file, a cancelled import changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same field was changed here and by a peer. Decide which value stands; the decision travels in your next export and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a field changed on both sides: the record, the field, the value both sides last shared, their value and who changed it when, and your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last common value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this database&apos;s value for the chosen conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep thei&amp;rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the peer&apos;s value for the chosen conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit merged v&amp;alue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value that should stand, combining both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not set up for sync yet: choose its role below and add its peers by their site ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is the team&apos;s hub: it receives every officer&apos;s changes and sends each officer the council-wide data and their own caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an officer&apos;s database: it holds the council-wide data and this officer&apos;s caseload, and exchanges bundles with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sync set-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet (learnt from its first bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: none to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to decide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: type the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: theirs is &quot;%2&quot;, mine is &quot;%3&quot;. The value that should stand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth sync bundles (*.hearthsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth does not overwrite files. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle for %1 is encrypted with the team passphrase. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n changed record(s) and %1 erasure(s) for %2 to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a sync bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2.
%n changed record(s) and %3 erasure(s) to merge (their changes %4 to %5). Fields changed here as well become conflicts to decide; nothing is overwritten silently.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the changes in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted with the team passphrase. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported already on %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n record(s) changed, %3 erased, %4 new conflict(s) to decide, %5 settled elsewhere.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) re-assigned to another officer left this database (the hub keeps them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used a merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 of %2: %3. The decision goes in your next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied this database&apos;s site id. Give it to the peers that add this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is the manager&apos;s database: it receives every officer&apos;s changes and sends each officer the council-wide data and their own caseload. A team has one hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer&apos;s database holds the council-wide data and that officer&apos;s caseload, and exchanges bundles with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sync role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this database the %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a role only when setting up the team again: its peers must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as a peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer was not renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 as a peer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles from it will be refused and none will be made for it. The records it sent stay here. It can be added again with its site id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 as a peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
