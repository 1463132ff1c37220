<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CoverageMap</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="314"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="174"/>
        <source>This map has %Ln touchpoints: press Refresh to update the insights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="203"/>
        <source>{covered} of the stage × channel cells have a touchpoint; × marks %Ln empty cell(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="252"/>
        <source>Coverage gaps (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="268"/>
        <source>{kind} “{name}”: score {score} from %Ln pain point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="286"/>
        <source>Loops back (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="299"/>
        <source>Structural problems (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="106"/>
        <source>%Ln elements selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="256"/>
        <source>Delete %Ln metrics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py" line="330"/>
        <source>Too long: at most %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py" line="332"/>
        <source>Too many entries: at most %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="319"/>
        <source>Delete %Ln personas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="326"/>
        <source>Copied %Ln persona(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="342"/>
        <source>Added %Ln persona(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py" line="88"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py" line="90"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeymap</name>
    <message numerus="yes">
        <location filename="../../journeymap/cli/export.py" line="106"/>
        <source>{file}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py" line="61"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py" line="239"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py" line="301"/>
        <source>%Ln elements are named {name!r}: write the id of the {kind} you mean</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py" line="101"/>
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py" line="150"/>
        <location filename="../../journeymap/render/items/headers.py" line="107"/>
        <source>%Ln customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py" line="210"/>
        <source>cell text is longer than %Ln characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py" line="169"/>
        <source>%Ln open comment(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
