<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>CheckReport</name>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record&apos;s link is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index does not match the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup (File &gt; Restore from backup…) or ask your IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed, created, changed, exported, imported, synchronised or purged what, and when. Events are never changed or removed; each carries the fingerprint of the one before, so Verify chain can tell if one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident (name or id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or id, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit event was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents match; the first %2 are offered. Type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any resident (no match for “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The To date is before the From date: no events can match. Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The chain is intact: all %1 events are as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ The chain is broken: %1. The audit trail has been tampered with; tell your manager and keep a copy of this database as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::BackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth backs up this database when it closes and once a day, into the folder %1. Restoring replaces everything in the database with the backup: what was recorded since is lost (a backup of the database as it is now is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth databases (*.sqlite *.db *.hearth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::CaseloadPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due today or overdue (all officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your follow-ups due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resident matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth could not read the caseload from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth could not read this resident&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident the contact was with in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::CloseCaseDialog</name>
    <message>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the date the case closed, as dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose why the case is closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ContactDialog</name>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note stays as it was written; your correction is added beside it, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the note of %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: use dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::EraseResidentDialog</name>
    <message>
        <source>Erase this resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase %1 and everything recorded about them?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record, its contacts, measures and referrals are erased from this database now, and from every database of the team when they next exchange bundles. This cannot be undone, and a backup cannot bring it back into the team&apos;s data. Use it when the law requires erasure; for closed cases past the retention period use Tools &gt; Retention review instead, which keeps the figures.

The erasure and its reason are kept in the audit log: do not write personal details in the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. erasure request reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand that this erases the resident for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the resident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunCouncilPage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth keeps your team&apos;s loneliness casework: residents, contacts, outcome measures, referrals and reports. First, which council is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up our council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up our council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo council: a fictional council with made-up residents, for training and trying Hearth out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Hearthdale Borough Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a CSV file of ward codes and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the ONS code and name of each ward, as columns “code” and “name” or ONS&apos;s own “WD24CD” and “WD24NM”. You can also add wards later in Council settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ward was read; %1 problem(s) to put right in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ward(s) read from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the council&apos;s name, as it should appear on reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunDatabasePage</name>
    <message>
        <source>Where Hearth keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is kept in one database file on this computer. It holds residents&apos; personal data: keep it on this computer&apos;s own (encrypted) disc, not on a shared drive or a memory stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual place is in your own profile, where Hearth finds it each time it starts. Your IT team may ask you to choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give the database a file name in it, such as hearth.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file called %1 there. Hearth will not overwrite it: choose another name, or cancel and open that database with File, Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create files in %1. Choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunOfficerPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth puts your name on everything you record or change, and signs you in on this computer. You can add the rest of your team later in Council settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose manager if you lead the team and prepare its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name, as your colleagues know you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunTeamPage</name>
    <message>
        <source>Working as a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers&apos; computers and the team&apos;s hub pass updates to each other as files, on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is encrypted with your team&apos;s passphrase. Agree one with your team in person, not by email. Hearth never stores the passphrase: it asks for it at each exchange, so there is nothing to type now, and working alone you need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an &amp;officer&apos;s computer: it sends its updates to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an officer&apos;s computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the team&apos;s &amp;hub, usually the manager&apos;s: it gathers everyone&apos;s updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the team&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo council (%1 made-up residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with no wards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with %2 ward(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press Finish, Hearth makes the database %1 for %2, and signs you in as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth could not make the database, and has left nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spreadsheet as CSV (comma, semicolon or tab separated). Its first row must name the columns. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import residents from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows below the header: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident field each column fills; columns set to Ignore are not imported. A ward, a date identified and a given or family name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the choices you made last time for a file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wards and officers could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has been checked. Residents are imported all together, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: line, column and problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again and check its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After correcting the file in your spreadsheet and saving it as CSV again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n invalid row(s) and import only the valid ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The columns no longer match: %1. Go back to match them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is valid, so there is nothing to import. Correct the file, save it and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s): nothing will be imported until they are corrected in the file (then check it again) or skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import will add %n new resident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n resident(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residents could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportResidentsWizard</name>
    <message>
        <source>Import residents from CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportSummaryPage</name>
    <message>
        <source>Residents imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) imported from %1, each as a new open case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped, on line(s) %1.</source>
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
    <name>hearth::ui::MeasureDialog</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw score %1, metric score %2 (7.00–35.00, higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is lonelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a screening tool.&lt;/b&gt; The tool&apos;s authors say it is not a screening tool: do not use it to decide whether someone is eligible for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with &amp;unanswered items (the resident chose not to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0–9 answer the highlighted question (use → for 10); Tab or ↓ goes to the next question; Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–%1 answer the highlighted question and move to the next; ← and → change an answer; Tab or ↓ goes to the next question; Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered 0 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: %1. Answer %2, or tick &quot;Save with unanswered items&quot; if the resident chose not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementHistoryWidget</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (emotional %2, social %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps on the answer scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the baseline on %1 (%2) to the %3 on %4 (%5): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change cannot be judged, as one of them is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; moved out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life sat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is lonelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1 scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not a screening tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record measurement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a questionnaire with the resident and record the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome measures are recorded for this resident yet. Use Record measurement… to take a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline on %1: %2. No later measurement yet, so no change to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review due: the baseline was taken on %1, %2 weeks ago, and no review is recorded (reviews fall due %3 weeks after the baseline, on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due on %1 (%2 weeks after the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ResidentDialog</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this reside&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the resident and everything recorded about them, for good (GDPR erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on this resident, for a subject access request, in one file (optionally encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: use dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case, not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resident first to record contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1’s record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you discard them, what you typed since the last save is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resident&apos;s details before recording a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the note to correct in the list of contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the case of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date and reason are kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for anonymising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. annual retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the ticked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed cases kept longer than %n year(s) after closure, the council&apos;s retention period (Tools &gt; Council settings). Anonymising keeps what the figures count (ward, age band, sex, target groups, dates, referrals and scores) and erases names, contact details, date of birth and every note. Past reports stay the same.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed case is past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the retention period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the cases to anonymise first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed case(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Names, contact details, dates of birth and notes are erased for good, here and, after the next exchange of bundles, in the team&apos;s other databases. The figures stay. This is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no case was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n case(s). </source>
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
    <name>hearth::ui::SubjectAccessDialog</name>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Hearth holds on this resident: the record, contacts with their corrections, measurements with scores, referrals with their history, and who viewed or changed the record. One file holds a readable document and the same data as JSON. Making it is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (opens in a web browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase to the requester separately from the file (by phone, say). They can open the file with “hearth-cli sar open”, as docs/formats.md describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase, or untick Encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted subject access file (*.hsar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not saved.</source>
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
</TS>
