<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AudienceWindow</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Voting: {round} · {who} · %Ln dots left</source>
        <translation>
            <numerusform>Voting: {round} · {who} · %Ln dot left</numerusform>
            <numerusform>Voting: {round} · {who} · %Ln dots left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.</source>
        <translation>
            <numerusform>%Ln unresolved merge conflict: keep ours, take theirs, or type a value.</numerusform>
            <numerusform>%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln touchpoint</numerusform>
            <numerusform>{stage} × {lane}: %Ln touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>{covered} of the stage × channel cells have a touchpoint; %Ln open cell(s) to consider.</source>
        <translation>
            <numerusform>{covered} of the stage × channel cells have a touchpoint; %Ln open cell to consider.</numerusform>
            <numerusform>{covered} of the stage × channel cells have a touchpoint; %Ln open cells to consider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Open cells to consider (%Ln)</source>
        <translation>
            <numerusform>Open cells to consider (%Ln)</numerusform>
            <numerusform>Open cells to consider (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Loops back (%Ln)</source>
        <translation>
            <numerusform>Loops back (%Ln)</numerusform>
            <numerusform>Loops back (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>… and %Ln more like these</source>
        <translation>
            <numerusform>… and %Ln more like this</numerusform>
            <numerusform>… and %Ln more like these</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Structural problems (%Ln)</source>
        <translation>
            <numerusform>Structural problems (%Ln)</numerusform>
            <numerusform>Structural problems (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Votes: {name} ({state}, {given} of %Ln dot)</numerusform>
            <numerusform>Votes: {name} ({state}, {given} of %Ln dots)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>%Ln elements selected</source>
        <translation>
            <numerusform>%Ln element selected</numerusform>
            <numerusform>%Ln elements selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete %Ln metrics</source>
        <translation>
            <numerusform>Delete %Ln metric</numerusform>
            <numerusform>Delete %Ln metrics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Too long: at most %Ln character.</numerusform>
            <numerusform>Too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too many entries: at most %Ln.</source>
        <translation>
            <numerusform>Too many entries: at most %Ln.</numerusform>
            <numerusform>Too many entries: at most %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete %Ln personas</source>
        <translation>
            <numerusform>Delete %Ln persona</numerusform>
            <numerusform>Delete %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copied %Ln persona(s).</source>
        <translation>
            <numerusform>Copied %Ln persona.</numerusform>
            <numerusform>Copied %Ln personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Added %Ln persona(s).</source>
        <translation>
            <numerusform>Added %Ln persona.</numerusform>
            <numerusform>Added %Ln personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{who}: %Ln dots left</source>
        <translation>
            <numerusform>{who}: %Ln dot left</numerusform>
            <numerusform>{who}: %Ln dots left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln problem found. Nothing was changed.</numerusform>
            <numerusform>%Ln problems found. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln problem in {path}. Nothing was changed.</numerusform>
            <numerusform>%Ln problems in {path}. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>This takes back %Ln dots already given: {people}.</source>
        <translation>
            <numerusform>This takes back %Ln dot already given: {people}.</numerusform>
            <numerusform>This takes back %Ln dots already given: {people}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>{given} of %Ln dots given. {people}</source>
        <translation>
            <numerusform>{given} of %Ln dot given. {people}</numerusform>
            <numerusform>{given} of %Ln dots given. {people}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journeymap</name>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln stages are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln stage is named {name!r}; give the id of one: {ids}</numerusform>
            <numerusform>{option}: %Ln stages are named {name!r}; give the id of one: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln persona is named {name!r}; give the id of one: {ids}</numerusform>
            <numerusform>{option}: %Ln personas are named {name!r}; give the id of one: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them</source>
        <translation>
            <numerusform>{name}: %Ln conflict kept in the map; open it in journeymap to resolve it</numerusform>
            <numerusform>{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/present.py"/>
        <source>--stage {n}: the map has %Ln stages</source>
        <translation>
            <numerusform>--stage {n}: the map has %Ln stage</numerusform>
            <numerusform>--stage {n}: the map has %Ln stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Votes: {name} ({state}, {given} of %Ln dot)</numerusform>
            <numerusform>Votes: {name} ({state}, {given} of %Ln dots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a row has more than %Ln cells</source>
        <translation>
            <numerusform>a row has more than %Ln cell</numerusform>
            <numerusform>a row has more than %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation>
            <numerusform>the workbook has %Ln part; the limit is {limit}</numerusform>
            <numerusform>the workbook has %Ln parts; the limit is {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation>
            <numerusform>more than %Ln row; that is the limit</numerusform>
            <numerusform>more than %Ln rows; that is the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>%Ln elements are named {name}: write the id of the {kind} you mean</source>
        <translation>
            <numerusform>%Ln element is named {name}: write the id of the {kind} you mean</numerusform>
            <numerusform>%Ln elements are named {name}: write the id of the {kind} you mean</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>text is longer than %Ln characters</source>
        <translation>
            <numerusform>text is longer than %Ln character</numerusform>
            <numerusform>text is longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing or empty, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>the sheet is missing or empty, so %Ln cell points nowhere: {uses}</numerusform>
            <numerusform>the sheet is missing or empty, so %Ln cells point nowhere: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>the sheet is missing, so %Ln cell points nowhere: {uses}</numerusform>
            <numerusform>the sheet is missing, so %Ln cells point nowhere: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} and %Ln more</numerusform>
            <numerusform>{items} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln stages</source>
        <translation>
            <numerusform>%Ln stage</numerusform>
            <numerusform>%Ln stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln touchpoint</numerusform>
            <numerusform>%Ln touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln pain points</source>
        <translation>
            <numerusform>%Ln pain point</numerusform>
            <numerusform>%Ln pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln dots each</source>
        <translation>
            <numerusform>%Ln dot each</numerusform>
            <numerusform>%Ln dots each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>{given} of %Ln dots given</source>
        <translation>
            <numerusform>{given} of %Ln dot given</numerusform>
            <numerusform>{given} of %Ln dots given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered.</source>
        <translation>
            <numerusform>%Ln customer counted at “{stage}”: {share} of those who entered.</numerusform>
            <numerusform>%Ln customers counted at “{stage}”: {share} of those who entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered</source>
        <translation>
            <numerusform>%Ln customer counted at “{stage}”: {share} of those who entered</numerusform>
            <numerusform>%Ln customers counted at “{stage}”: {share} of those who entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Stage “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>Stage “{name}” hurts: one pain point weighs {score}</numerusform>
            <numerusform>Stage “{name}” hurts: %Ln pain points weigh {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Channel “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>Channel “{name}” hurts: one pain point weighs {score}</numerusform>
            <numerusform>Channel “{name}” hurts: %Ln pain points weigh {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln of them with an unknown share affected, counted as half</source>
        <translation>
            <numerusform>%Ln of them with an unknown share affected, counted as half</numerusform>
            <numerusform>%Ln of them with an unknown share affected, counted as half</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{stage} × {lane}: %Ln touchpoints</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln touchpoint</numerusform>
            <numerusform>{stage} × {lane}: %Ln touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/data.py"/>
        <source>missing or empty, so %Ln references point nowhere: {uses}</source>
        <translation>
            <numerusform>missing or empty, so %Ln reference points nowhere: {uses}</numerusform>
            <numerusform>missing or empty, so %Ln references point nowhere: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln lanes</source>
        <translation>
            <numerusform>%Ln lane</numerusform>
            <numerusform>%Ln lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln personas</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln metrics</source>
        <translation>
            <numerusform>%Ln metric</numerusform>
            <numerusform>%Ln metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln flows</source>
        <translation>
            <numerusform>%Ln flow</numerusform>
            <numerusform>%Ln flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py"/>
        <source>cell text is longer than %Ln characters</source>
        <translation>
            <numerusform>cell text is longer than %Ln character</numerusform>
            <numerusform>cell text is longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has already given %Ln dots; reset the round to give fewer</source>
        <translation>
            <numerusform>{who} has already given %Ln dot; reset the round to give fewer</numerusform>
            <numerusform>{who} has already given %Ln dots; reset the round to give fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has given all %Ln dots</source>
        <translation>
            <numerusform>{who} has given their %Ln dot</numerusform>
            <numerusform>{who} has given all %Ln dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln voting rounds</source>
        <translation>
            <numerusform>%Ln voting round</numerusform>
            <numerusform>%Ln voting rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py"/>
        <source>%Ln open comment(s):</source>
        <translation>
            <numerusform>%Ln open comment:</numerusform>
            <numerusform>%Ln open comments:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln dots in “{round}”: {who}</source>
        <translation>
            <numerusform>%Ln dot in “{round}”: {who}</numerusform>
            <numerusform>%Ln dots in “{round}”: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln notes from the workshop:</source>
        <translation>
            <numerusform>%Ln note from the workshop:</numerusform>
            <numerusform>%Ln notes from the workshop:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/slides/overview.py"/>
        <source>notes from the room</source>
        <comment>the words beside a count of sticky notes</comment>
        <translation>
            <numerusform>note from the room</numerusform>
            <numerusform>notes from the room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen {n}; this computer has %Ln screens</source>
        <translation>
            <numerusform>there is no screen {n}; this computer has %Ln screen</numerusform>
            <numerusform>there is no screen {n}; this computer has %Ln screens</numerusform>
        </translation>
    </message>
</context>
</TS>
