<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>wscm::HealthView</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate expires in %n day.</numerusform>
            <numerusform>The certificate expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::MainWindow</name>
    <message numerus="yes">
        <source> — %n trying unsaved changes</source>
        <translation>
            <numerusform> — %n trying unsaved changes</numerusform>
            <numerusform> — %n trying unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s). Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</source>
        <translation>
            <numerusform>%1 has %n error. Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</numerusform>
            <numerusform>%1 has %n errors. Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::ProblemList</name>
    <message numerus="yes">
        <source>… and %n more, listed in the Raw tab</source>
        <translation>
            <numerusform>… and %n more, listed in the Raw tab</numerusform>
            <numerusform>… and %n more, listed in the Raw tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::RttChart</name>
    <message numerus="yes">
        <source>%n samples, last %1</source>
        <translation>
            <numerusform>%n sample, last %1</numerusform>
            <numerusform>%n samples, last %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::SectionListModel</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unstable</source>
        <translation>
            <numerusform>%n unstable</numerusform>
            <numerusform>%n unstable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n connecting</numerusform>
            <numerusform>%n connecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n retrying</numerusform>
            <numerusform>%n retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave up</source>
        <translation>
            <numerusform>%n gave up</numerusform>
            <numerusform>%n gave up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n not connected</numerusform>
            <numerusform>%n not connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::SectionStatus</name>
    <message numerus="yes">
        <source>%1: dropped %n×</source>
        <translation>
            <numerusform>%1: dropped %n×</numerusform>
            <numerusform>%1: dropped %n×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, dropped %n×</source>
        <translation>
            <numerusform>%1: %2, dropped %n×</numerusform>
            <numerusform>%1: %2, dropped %n×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unstable: dropped %n× in %1</source>
        <translation>
            <numerusform>unstable: dropped %n× in %1</numerusform>
            <numerusform>unstable: dropped %n× in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, failed %n×</source>
        <translation>
            <numerusform>, failed %n×</numerusform>
            <numerusform>, failed %n×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more error(s)</source>
        <translation>
            <numerusform>, and %n more error</numerusform>
            <numerusform>, and %n more errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::SettingsForm</name>
    <message numerus="yes">
        <source>Asterisk would not load this section: %n error(s)</source>
        <translation>
            <numerusform>Asterisk would not load this section: %n error</numerusform>
            <numerusform>Asterisk would not load this section: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
