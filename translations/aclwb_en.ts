<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>aclwb::gui::EmbeddingView</name>
    <message numerus="yes">
        <location filename="../app/gui/EmbeddingView.cpp" line="+387"/>
        <source>Test set, final model: %n point(s)</source>
        <translation>
            <numerusform>Test set, final model: %n point</numerusform>
            <numerusform>Test set, final model: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Epoch %1 (%2 epoch %3): %n validation point(s)</source>
        <translation>
            <numerusform>Epoch %1 (%2 epoch %3): %n validation point</numerusform>
            <numerusform>Epoch %1 (%2 epoch %3): %n validation points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>PCA of %n point(s)</source>
        <translation>
            <numerusform>PCA of %n point</numerusform>
            <numerusform>PCA of %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>Wrote %n replay frame(s) to %1</source>
        <translation>
            <numerusform>Wrote %n replay frame to %1</numerusform>
            <numerusform>Wrote %n replay frames to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::RunsView</name>
    <message numerus="yes">
        <location filename="../app/gui/RunsView.cpp" line="+295"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Move %n run(s) to the trash? They can be restored from there.</source>
        <translation>
            <numerusform>Move %n run to the trash? It can be restored from there.</numerusform>
            <numerusform>Move %n runs to the trash? They can be restored from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/SweepDialog.cpp" line="+162"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; about %1 in all (%2 per run, measured on %n similar finished run(s) of the workspace)</source>
        <translation>
            <numerusform>; about %1 in all (%2 per run, measured on %n similar finished run of the workspace)</numerusform>
            <numerusform>; about %1 in all (%2 per run, measured on %n similar finished runs of the workspace)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepView</name>
    <message numerus="yes">
        <location filename="../app/gui/SweepView.cpp" line="+450"/>
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n run</numerusform>
            <numerusform>%1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>; %n point(s) left to the process already running them</source>
        <translation>
            <numerusform>; %n point left to the process already running it</numerusform>
            <numerusform>; %n points left to the process already running them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::SampleGallery</name>
    <message numerus="yes">
        <location filename="../widgets/SampleGallery.cpp" line="+77"/>
        <source>%n sample(s) selected; %1 predicted wrong (red)</source>
        <translation>
            <numerusform>%n sample selected; %1 predicted wrong (red)</numerusform>
            <numerusform>%n samples selected; %1 predicted wrong (red)</numerusform>
        </translation>
    </message>
</context>
</TS>
