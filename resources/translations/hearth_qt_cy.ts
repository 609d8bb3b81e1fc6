<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Hearth shows (standard buttons, wizard buttons, context menus), for systems
     without a Welsh qtbase catalogue. Written by hand, not by lupdate (the sources are Qt's); the
     catalogue test checks that every entry is finished. -->
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i'r cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi'r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;lleoliad y ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio'r manylion...</translation>
    </message>
</context>
</TS>
