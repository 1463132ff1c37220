<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="135"/>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="136"/>
        <source>New pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="137"/>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="138"/>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="144"/>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="153"/>
        <source>Add a stage and a channel lane first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="158"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="161"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="165"/>
        <source>Add a stage first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="171"/>
        <location filename="../../journeymap/ui/canvas/editor.py" line="189"/>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="180"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="181"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="187"/>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="207"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="213"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="232"/>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="236"/>
        <source>Assign persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="240"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="244"/>
        <location filename="../../journeymap/ui/canvas/editor.py" line="261"/>
        <source>Move cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="252"/>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="252"/>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="256"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="280"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="289"/>
        <location filename="../../journeymap/ui/canvas/editor.py" line="301"/>
        <location filename="../../journeymap/ui/canvas/editor.py" line="308"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="305"/>
        <source>Select a cell to paste into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py" line="330"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellTextEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/inline_editor.py" line="144"/>
        <source>Ctrl+Enter to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="38"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="42"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="42"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="42"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="47"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="69"/>
        <source>the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="74"/>
        <source>Tick when resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="95"/>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="95"/>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="102"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py" line="108"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="242"/>
        <source>No stages or channel lanes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="313"/>
        <source>{lane} does not serve {stage}: no touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="314"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="53"/>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="54"/>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="56"/>
        <source>Add &amp;Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="59"/>
        <source>Add &amp;Pain Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="62"/>
        <source>Add &amp;Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="65"/>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="67"/>
        <source>Add Card &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="69"/>
        <source>&amp;Edit Cell Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="71"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="73"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="75"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="76"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="77"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="78"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="80"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="83"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="87"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="89"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="90"/>
        <source>Actual Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="91"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="169"/>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="169"/>
        <source>Comment on the selection (or on the whole map):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="211"/>
        <source>Add Pain Point &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="212"/>
        <source>Add Opportunity &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py" line="213"/>
        <source>Add Touchpoint &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="106"/>
        <source>Excel Workbook or Mermaid Journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="108"/>
        <source>Excel Workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="111"/>
        <source>Image (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="114"/>
        <source>Mermaid Journey (.mmd)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="116"/>
        <source>Touchpoints as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="117"/>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="138"/>
        <source>Import a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="140"/>
        <source>Workbooks and Mermaid journeys ({p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="150"/>
        <source>Cannot import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="179"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="212"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="214"/>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="222"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="222"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="230"/>
        <source>Exporting {name}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="254"/>
        <source>Cannot copy the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="257"/>
        <source>Copied the map as an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="53"/>
        <source>this field cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="99"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="108"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="108"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="109"/>
        <source>“{text}” is not {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="140"/>
        <source>not a date and time like 2025-01-31T14:00:00+00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="154"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="156"/>
        <source>Choose a colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="332"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="333"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="361"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py" line="361"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="84"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="115"/>
        <location filename="../../journeymap/ui/window/files.py" line="234"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="123"/>
        <source>Cannot use this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="132"/>
        <source>Open journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="153"/>
        <source>Cannot open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="176"/>
        <source>Save journey map as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="195"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py" line="196"/>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="75"/>
        <source>Find on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="79"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="80"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="81"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="211"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py" line="214"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="113"/>
        <source>No stages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="160"/>
        <source>customers unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="188"/>
        <source>conversion unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="188"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="189"/>
        <source>{conversion} from previous · {drop} drop off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="195"/>
        <source>{lost} lost since the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py" line="199"/>
        <source>{name}: {customers} customers, {share} of those who entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/history.py" line="13"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="56"/>
        <source>Image options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="65"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="68"/>
        <source>Fit the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="69"/>
        <source>Tile a large map across pages (poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="70"/>
        <source>Only the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="73"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py" line="75"/>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="63"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="64"/>
        <source>Analyse the map now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="95"/>
        <source>What if one flow’s share changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="110"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="126"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="128"/>
        <source>Omnichannel coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="174"/>
        <source>This map has %Ln touchpoints: press Refresh to update the insights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="190"/>
        <source>Add stages to see how customers move through the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="192"/>
        <source>Conversion to “{stage}” is unknown: give the flows their shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="196"/>
        <source>{share} of entering customers reach “{stage}” (from the shares of the flows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="203"/>
        <source>{covered} of the stage × channel cells have a touchpoint; × marks %Ln empty cell(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="241"/>
        <source>Top paths to “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="247"/>
        <source>No path: the flows have no shares, or none reaches the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="252"/>
        <source>Coverage gaps (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="256"/>
        <source>{stage} × {lane}: no touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="263"/>
        <source>Pain hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="267"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="267"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="268"/>
        <source>{kind} “{name}”: score {score} from %Ln pain point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="273"/>
        <source>Pain point “{title}”: severity {severity} × affected {affected} = {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="277"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="286"/>
        <source>Loops back (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="299"/>
        <source>Structural problems (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="354"/>
        <source>The map has no flows to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="362"/>
        <source>Conversion is unknown: give the flows their shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="366"/>
        <source>Conversion: {before} → {after} ({points} points). The map is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py" line="375"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="110"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="116"/>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="116"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="116"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="116"/>
        <source>Very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="116"/>
        <source>Very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="117"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="171"/>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="175"/>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="187"/>
        <source>0 to 1, e.g. 0.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="209"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="210"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="211"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="214"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="221"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="263"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="282"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="215"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="232"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="244"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="255"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="333"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="216"/>
        <source>Customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="217"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="218"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="224"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="279"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="222"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="283"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="223"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="225"/>
        <source>Collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="225"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="228"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="242"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="253"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="332"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="230"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="231"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="233"/>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="234"/>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="235"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="258"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="236"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="239"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="245"/>
        <source>Severity (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="246"/>
        <source>Share affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="248"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="295"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="249"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="256"/>
        <source>Impact (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="257"/>
        <source>Effort (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="259"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="314"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="260"/>
        <source>Answers pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="264"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="265"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="266"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="267"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="268"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="269"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="270"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="271"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="272"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="273"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="274"/>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="275"/>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="276"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="277"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="278"/>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="286"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="308"/>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="288"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="310"/>
        <source>The whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="290"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="291"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="292"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="293"/>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="294"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="298"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="299"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="300"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="301"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="302"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="305"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="312"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="313"/>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="336"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="314"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="324"/>
        <source>Cell: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="334"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="335"/>
        <source>Reading direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="337"/>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="106"/>
        <source>%Ln elements selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="107"/>
        <source>Select one element to edit its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="110"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="111"/>
        <source>Nothing selected: these are the facts of the whole map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py" line="173"/>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../journeymap/ui/canvas/view.py" line="418"/>
        <source>Drag to reorder stages · Shift+drag onto another stage to draw a flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py" line="81"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py" line="84"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py" line="87"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py" line="202"/>
        <source>{name}[*] — {title} — journeymap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../journeymap/ui/canvas/overlays.py" line="51"/>
        <source>Canvas message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsDelegate</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="69"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="70"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="86"/>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="88"/>
        <source>Stage: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="89"/>
        <source>Lane: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="90"/>
        <source>Touchpoint: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="197"/>
        <source>Custom metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="200"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="201"/>
        <source>Delete the selected metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="207"/>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="208"/>
        <source>Add a metric to the selected stage, lane or touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="238"/>
        <source>Add metric “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="256"/>
        <source>Delete %Ln metrics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="256"/>
        <source>Delete metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py" line="291"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="136"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="137"/>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="138"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="139"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="140"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="141"/>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="142"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="143"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="227"/>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="232"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="232"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="232"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="233"/>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="236"/>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="236"/>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="240"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="240"/>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="241"/>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="263"/>
        <source>Off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="241"/>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="263"/>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="245"/>
        <source>Give both a value and a target to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="247"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="247"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="249"/>
        <source>{status}: {value} against a target of {target} ({direction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="282"/>
        <source>Edit metric {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="309"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="313"/>
        <source>{field} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="315"/>
        <source>Kind: use lower-case letters, digits and _ (like “repeat_rate”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="316"/>
        <location filename="../../journeymap/ui/panels/metrics/table.py" line="317"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py" line="42"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py" line="123"/>
        <source>{kind} in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="85"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="86"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="87"/>
        <source>&amp;Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="88"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="89"/>
        <source>&amp;Income band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="90"/>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="91"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="92"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="93"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="94"/>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="95"/>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="96"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="97"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="98"/>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="99"/>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="100"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="101"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="110"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="114"/>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="141"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="182"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="183"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="184"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="185"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="186"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="187"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="188"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="189"/>
        <source>Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="190"/>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="191"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="207"/>
        <source>Choose colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="210"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="211"/>
        <source>Use a colour picked from the persona&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="227"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="230"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="307"/>
        <source>Edit persona “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="328"/>
        <source>This cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py" line="330"/>
        <source>Too long: at most %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py" line="332"/>
        <source>Too many entries: at most %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="340"/>
        <source>Persona colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py" line="345"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaImportDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="372"/>
        <source>Import personas from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="384"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="388"/>
        <source>Personas to import:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="158"/>
        <source>Create a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="158"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="160"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="160"/>
        <source>Duplicate the selected personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="163"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="164"/>
        <source>Delete the selected personas and take them off every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="168"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="169"/>
        <source>Copy the selected personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="173"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="174"/>
        <source>Paste personas copied from a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="178"/>
        <source>Import personas from another .journey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="178"/>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="181"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="180"/>
        <source>Import personas from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="292"/>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="293"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="305"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="310"/>
        <source>Duplicate personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="319"/>
        <source>Delete %Ln personas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="319"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="326"/>
        <source>Copied %Ln persona(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="331"/>
        <source>The clipboard holds no personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="333"/>
        <source>Paste personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="342"/>
        <source>Added %Ln persona(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="347"/>
        <source>Import personas from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="347"/>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="356"/>
        <source>Cannot import from “{name}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="359"/>
        <source>“{name}” has no personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="364"/>
        <source>Import personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py" line="403"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="28"/>
        <source>System language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="36"/>
        <source>Menus, panels, numbers and dates follow the interface language. Each map keeps its own language and reading direction (set them in the inspector when nothing is selected); exports use the map&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py" line="48"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py" line="88"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py" line="90"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="99"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="193"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="198"/>
        <source>journeymap did not close properly last time. These maps had unsaved changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="207"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="208"/>
        <source>Discard all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="209"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="222"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py" line="224"/>
        <source>{title} — {where} (autosaved {when})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py" line="43"/>
        <source>New map from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py" line="76"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py" line="105"/>
        <source>{title}

{description}

Stages: {stages}
Lanes: {lanes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="74"/>
        <source>&amp;New from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="76"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="77"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="78"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="79"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="80"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="81"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="82"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="84"/>
        <source>&amp;About journeymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="86"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="91"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="94"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="106"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="111"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="112"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="119"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="127"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="130"/>
        <source>&amp;Emotion Curve per Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="133"/>
        <source>Draw one emotion curve for each persona (up to five)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="136"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="140"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="167"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="180"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="193"/>
        <source>Persona lens: fade what does not apply to the chosen persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="205"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="206"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="207"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="208"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="209"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="210"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="211"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py" line="246"/>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="37"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="38"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="39"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="59"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="60"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="62"/>
        <source>Reload it (your unsaved changes are lost), or overwrite it with your version (theirs is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="64"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="65"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="126"/>
        <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A desktop editor for customer journey maps: stages, touchpoints, emotions, pain points, opportunities, personas and metrics, kept as open .journey files.&lt;/p&gt;&lt;p&gt;Works offline: journeymap never uses the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py" line="132"/>
        <source>About journeymap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="71"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="72"/>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="73"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="74"/>
        <source>Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="75"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="76"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="77"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="78"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="79"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="80"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="81"/>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="82"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="83"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="84"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="85"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="86"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="87"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="88"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="89"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="90"/>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="91"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="92"/>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="93"/>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="94"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="95"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="96"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="97"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="98"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="99"/>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py" line="100"/>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journeymap</name>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="32"/>
        <source>Draw customer journey maps. With no command, opens the editor (on FILE.journey if given). Works offline; never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="38"/>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="40"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="74"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="75"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="76"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="77"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="78"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="79"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="80"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="81"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="82"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="83"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="84"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="85"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="86"/>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="87"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="88"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="89"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="113"/>
        <source>unrecognized arguments: {args}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="126"/>
        <source>journeymap: internal error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="155"/>
        <source>the output file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="158"/>
        <source>{out}: is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="161"/>
        <source>{out}: is the input file; write to another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py" line="163"/>
        <source>{out}: exists already (use --force to overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="36"/>
        <source>write a map as Excel, Mermaid, CSV or an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="37"/>
        <source>Write FILE as OUT; the format comes from OUT&apos;s suffix: {suffixes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="41"/>
        <source>the .journey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="42"/>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="44"/>
        <source>PNG: image scale; default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="45"/>
        <source>PNG: print resolution instead of a scale (96 = scale 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="46"/>
        <source>only what concerns this persona (id or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="52"/>
        <source>PDF page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="54"/>
        <source>PDF: tile a large map across pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="55"/>
        <source>PNG: transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="56"/>
        <location filename="../../journeymap/cli/import_.py" line="26"/>
        <location filename="../../journeymap/cli/templates.py" line="30"/>
        <source>overwrite OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="64"/>
        <source>choose one of {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="74"/>
        <source>--scale must be from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="76"/>
        <source>--dpi must be from {low:g} to {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/export.py" line="106"/>
        <source>{file}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="112"/>
        <source>{file}: no persona {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="119"/>
        <source>note: {options}: not used for {suffix} files; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="124"/>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="139"/>
        <location filename="../../journeymap/cli/import_.py" line="47"/>
        <source>{out}: cannot write: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py" line="141"/>
        <location filename="../../journeymap/cli/import_.py" line="49"/>
        <location filename="../../journeymap/cli/schema.py" line="42"/>
        <source>wrote {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py" line="21"/>
        <source>make a .journey file from an Excel workbook or a Mermaid journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py" line="22"/>
        <source>Read IN (.xlsx or .mmd) and write it as OUT.journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py" line="24"/>
        <source>the .xlsx or .mmd file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py" line="25"/>
        <source>the map to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py" line="35"/>
        <location filename="../../journeymap/cli/templates.py" line="58"/>
        <source>{out}: the file name must end in .journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py" line="18"/>
        <source>print the JSON Schema of .journey files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py" line="19"/>
        <source>Print the JSON Schema of the current .journey format, or write it to FILE. It checks types and ranges; &apos;journeymap validate&apos; also checks references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py" line="24"/>
        <source>write the schema to FILE instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py" line="25"/>
        <source>overwrite FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="25"/>
        <source>counts and insights of a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="27"/>
        <source>print JSON instead of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="31"/>
        <source>id of the stage that counts as conversion (default: the stage named like purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="36"/>
        <source>also show the conversion if flow FLOW had share SHARE (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="50"/>
        <source>journeymap stats: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="65"/>
        <source>--what-if wants FLOW=SHARE, for example f1=0.8, not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="83"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="83"/>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="84"/>
        <source>Per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="86"/>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="63"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="86"/>
        <location filename="../../journeymap/model/elements.py" line="93"/>
        <location filename="../../journeymap/render/items/headers.py" line="38"/>
        <source>opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="86"/>
        <location filename="../../journeymap/cli/stats.py" line="178"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="67"/>
        <location filename="../../journeymap/model/elements.py" line="92"/>
        <location filename="../../journeymap/render/items/headers.py" line="37"/>
        <source>pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="86"/>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <location filename="../../journeymap/cli/stats.py" line="143"/>
        <location filename="../../journeymap/cli/stats.py" line="171"/>
        <location filename="../../journeymap/cli/stats.py" line="182"/>
        <location filename="../../journeymap/formats/csv_export.py" line="26"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="64"/>
        <location filename="../../journeymap/model/elements.py" line="80"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="86"/>
        <location filename="../../journeymap/cli/stats.py" line="94"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="66"/>
        <source>touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="92"/>
        <source>Per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="94"/>
        <location filename="../../journeymap/cli/stats.py" line="199"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="63"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="94"/>
        <location filename="../../journeymap/cli/stats.py" line="186"/>
        <location filename="../../journeymap/formats/csv_export.py" line="26"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="64"/>
        <location filename="../../journeymap/model/elements.py" line="81"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="106"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="43"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <source>drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="108"/>
        <location filename="../../journeymap/cli/stats.py" line="119"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="72"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="119"/>
        <source>from stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="119"/>
        <source>loop back (flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="119"/>
        <source>to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="132"/>
        <location filename="../../journeymap/cli/stats.py" line="135"/>
        <source>Flow analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="132"/>
        <source>the map has no flows to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="136"/>
        <source>none of the {level} flows has a share: no numbers to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="138"/>
        <source>Flow analysis over the {level} flows; conversion to “{target}”: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="143"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="144"/>
        <source>Most travelled paths to “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="146"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="146"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="151"/>
        <source>What if flow {flow} had share {new} (now {old}): conversion {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="161"/>
        <source>Omnichannel coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="161"/>
        <source>the map has no channel lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="166"/>
        <source>{empty} of {cells} cells empty (shown as –)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="170"/>
        <source>Omnichannel coverage (touchpoints per stage and channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="178"/>
        <source>affected unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="178"/>
        <location filename="../../journeymap/model/metric_presets.py" line="107"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="180"/>
        <source>Pain hot spots (severity × share affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="191"/>
        <source>pain points on no channel: score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="197"/>
        <location filename="../../journeymap/cli/stats.py" line="199"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="197"/>
        <source>no structural problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py" line="199"/>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="21"/>
        <source>list the map templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="24"/>
        <source>create a map from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="26"/>
        <source>template name (see &apos;journeymap templates&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="28"/>
        <source>the new map&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="31"/>
        <source>the file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="41"/>
        <source>the template&apos;s language (default: the language of the locale, {language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="65"/>
        <location filename="../../journeymap/formats/templates.py" line="41"/>
        <source>no template {name!r}; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py" line="78"/>
        <source>created {out} from template {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py" line="15"/>
        <source>check .journey files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py" line="16"/>
        <source>Check .journey files; print FILE: location: message for every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py" line="19"/>
        <source>print only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py" line="34"/>
        <source>{file}: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py" line="82"/>
        <source>image export is not available in this installation ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py" line="89"/>
        <source>drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py" line="115"/>
        <location filename="../../journeymap/exchange/service.py" line="122"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py" line="152"/>
        <source>byte {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py" line="152"/>
        <location filename="../../journeymap/formats/journey_file.py" line="118"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="46"/>
        <source>Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="47"/>
        <source>Mermaid journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="48"/>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="49"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="50"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="51"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="75"/>
        <source>cannot tell the format; use one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py" line="81"/>
        <source>can import {suffixes} and {last} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="26"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="62"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="26"/>
        <source>lane id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="26"/>
        <source>stage id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="27"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="64"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="27"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="62"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="27"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="64"/>
        <source>thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="27"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="62"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="28"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="64"/>
        <location filename="../../journeymap/model/elements.py" line="91"/>
        <location filename="../../journeymap/render/items/headers.py" line="36"/>
        <source>emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="28"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="65"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="28"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="65"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="28"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="65"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="28"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="65"/>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py" line="29"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="65"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="101"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="104"/>
        <location filename="../../journeymap/model/elements.py" line="98"/>
        <location filename="../../journeymap/render/items/cards.py" line="57"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="125"/>
        <source>Customer journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="256"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="74"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="256"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="71"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py" line="267"/>
        <source>Import reads this sheet and the tables; the Map and Funnel sheets are views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="41"/>
        <location filename="../../journeymap/util/atomic.py" line="72"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="43"/>
        <location filename="../../journeymap/util/atomic.py" line="74"/>
        <source>is not a regular file (a device or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="46"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="49"/>
        <source>not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="55"/>
        <source>the workbook is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py" line="61"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="65"/>
        <source>the workbook unpacks to {size} MB; the limit is {limit} MB (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="69"/>
        <source>{part} is compressed {ratio}:1, far more than any workbook (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py" line="82"/>
        <source>{part} declares a DOCTYPE or entities, which workbooks never do (an entity bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="117"/>
        <source>the workbook declares XML entities (an entity bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="122"/>
        <source>not a readable Excel workbook (.xlsx): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="176"/>
        <source>not a journeymap workbook: it has none of the sheets {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py" line="239"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="250"/>
        <source>a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="271"/>
        <source>not a valid id: {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="274"/>
        <location filename="../../journeymap/model/data.py" line="84"/>
        <location filename="../../journeymap/model/journey.py" line="252"/>
        <source>duplicate id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="299"/>
        <location filename="../../journeymap/model/builders.py" line="92"/>
        <location filename="../../journeymap/model/data.py" line="116"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py" line="301"/>
        <source>%Ln elements are named {name!r}: write the id of the {kind} you mean</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="304"/>
        <location filename="../../journeymap/model/data.py" line="119"/>
        <source>{id!r} is a {found}, not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="306"/>
        <source>no {kind} with the id or name {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="326"/>
        <source>a number is needed here, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="390"/>
        <source>the file version must be a whole number from 1 (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="393"/>
        <location filename="../../journeymap/formats/journey_file.py" line="145"/>
        <source>written by a newer journeymap (file version {v}; this one reads up to {known}): please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="411"/>
        <source>this lane already has a text for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="437"/>
        <source>a photo is not valid: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="480"/>
        <source>{field} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="484"/>
        <source>{field} must be {low}..{high} (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="489"/>
        <source>{field}: {message} (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py" line="490"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="33"/>
        <source>very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="34"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="35"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="36"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="37"/>
        <source>very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py" line="101"/>
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="115"/>
        <source>{label} (average {average} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="121"/>
        <source>severity {n}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="123"/>
        <location filename="../../journeymap/render/items/cards.py" line="360"/>
        <source>{pct} affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="128"/>
        <source>impact {impact}/5, effort {effort}/5, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="144"/>
        <source>target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="145"/>
        <source>off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py" line="150"/>
        <location filename="../../journeymap/render/items/headers.py" line="107"/>
        <source>%Ln customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="177"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="54"/>
        <location filename="../../journeymap/model/clipboard.py" line="331"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="178"/>
        <location filename="../../journeymap/formats/excel_schema.py" line="55"/>
        <location filename="../../journeymap/model/clipboard.py" line="331"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="179"/>
        <source>Key metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="227"/>
        <source>A view of the map: edit the other sheets; import reads those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="256"/>
        <location filename="../../journeymap/formats/excel_map.py" line="289"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="289"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="289"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="289"/>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="289"/>
        <source>Share of first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py" line="314"/>
        <source>Customers per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="41"/>
        <location filename="../../journeymap/formats/mermaid.py" line="264"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="42"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="44"/>
        <source>Lane texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="45"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="46"/>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="51"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="52"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="53"/>
        <location filename="../../journeymap/formats/mermaid.py" line="267"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="56"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="57"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="58"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="59"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="62"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="62"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="63"/>
        <location filename="../../journeymap/model/elements.py" line="89"/>
        <location filename="../../journeymap/render/items/headers.py" line="34"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="63"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="63"/>
        <source>color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="66"/>
        <source>affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="66"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="66"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="67"/>
        <source>effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="67"/>
        <source>impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="67"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="68"/>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="68"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="68"/>
        <source>income band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="68"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="68"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="69"/>
        <source>frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="69"/>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="69"/>
        <source>motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="69"/>
        <source>preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="70"/>
        <source>brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="70"/>
        <source>platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="70"/>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="70"/>
        <source>shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="70"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="71"/>
        <source>attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="71"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="71"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="71"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="72"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="72"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="72"/>
        <location filename="../../journeymap/model/elements.py" line="90"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="72"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="73"/>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="73"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="73"/>
        <location filename="../../journeymap/model/elements.py" line="82"/>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="73"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="74"/>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="74"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py" line="74"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="120"/>
        <source>line {line} column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="122"/>
        <source>not valid JSON: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="125"/>
        <source>JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="139"/>
        <source>not a journeymap file (no &quot;format&quot;: &quot;journeymap&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="143"/>
        <source>version must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="165"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py" line="171"/>
        <source>{message} (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="131"/>
        <location filename="../../journeymap/formats/mermaid.py" line="257"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="162"/>
        <location filename="../../journeymap/formats/mermaid.py" line="171"/>
        <source>a Mermaid journey starts with the word &apos;journey&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="180"/>
        <source>accDescr { is never closed with }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="199"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="213"/>
        <source>expected &apos;task name: score&apos; or &apos;task name: score: actor, actor&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="218"/>
        <source>the score {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py" line="287"/>
        <source>Untitled journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py" line="145"/>
        <source>no stage {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py" line="180"/>
        <source>no flow {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py" line="182"/>
        <source>a share is between 0 and 1, not {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py" line="185"/>
        <source>flow {id!r} is not part of the flow analysis, which follows the {level} flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/linear.py" line="36"/>
        <source>the flow equations have no unique solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="107"/>
        <source>“{name}” cannot be reached through flows from the first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="118"/>
        <source>“{name}” is a dead end: customers arrive but no flow leads on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="129"/>
        <source>stage “{name}” has no touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="138"/>
        <source>pain point “{name}” has no opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="148"/>
        <source>opportunity “{name}” has no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="173"/>
        <source>“{name}” is on many routes between other touchpoints (betweenness {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py" line="187"/>
        <source>“{name}” is a single point of failure: without it the flows fall apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="93"/>
        <location filename="../../journeymap/model/data.py" line="118"/>
        <location filename="../../journeymap/model/journey.py" line="129"/>
        <location filename="../../journeymap/model/journey.py" line="286"/>
        <source>no {kind} {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="105"/>
        <location filename="../../journeymap/model/builders.py" line="183"/>
        <source>this lane holds no cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="115"/>
        <source>touchpoints go in channel lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="139"/>
        <location filename="../../journeymap/model/journey.py" line="267"/>
        <source>no element {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="151"/>
        <source>a name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="161"/>
        <source>only text lanes have cell text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="275"/>
        <source>a flow cannot start and end at the same element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="277"/>
        <location filename="../../journeymap/model/data.py" line="134"/>
        <source>a flow links two touchpoints or two stages, not one of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py" line="279"/>
        <source>these two are already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="74"/>
        <source>not a journeymap fragment: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="76"/>
        <source>not a journeymap fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="78"/>
        <source>fragment version {v!r} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="90"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="110"/>
        <source>each cell needs a lane, a stage and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="317"/>
        <source>Lane: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py" line="322"/>
        <source>Flow: {arrow}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py" line="129"/>
        <source>lane {id!r} is a {kind} lane; touchpoints go in channel lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="83"/>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="84"/>
        <source>pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="85"/>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="86"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="87"/>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="88"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="94"/>
        <location filename="../../journeymap/render/items/headers.py" line="39"/>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="95"/>
        <location filename="../../journeymap/render/items/cards.py" line="54"/>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="96"/>
        <location filename="../../journeymap/render/items/cards.py" line="55"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="97"/>
        <location filename="../../journeymap/render/items/cards.py" line="56"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="99"/>
        <location filename="../../journeymap/render/items/cards.py" line="58"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="208"/>
        <source>not a valid stage id: {key!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py" line="210"/>
        <source>cell text is longer than %Ln characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="286"/>
        <source>photo is not valid base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="289"/>
        <source>photo is {size} KB; the limit is {limit} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py" line="295"/>
        <source>photo is not a PNG, JPEG, GIF or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py" line="270"/>
        <source>still referred to by {ref}.{field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="42"/>
        <source>Cost per acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="43"/>
        <location filename="../../journeymap/model/metric_presets.py" line="75"/>
        <location filename="../../journeymap/model/metric_presets.py" line="147"/>
        <source>£</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="46"/>
        <source>Marketing and ad spend per new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="50"/>
        <source>Ad impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="51"/>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="54"/>
        <source>How many times ads were seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="58"/>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="59"/>
        <source>conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="62"/>
        <source>Clicks through, sign-ups or installs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="66"/>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="70"/>
        <source>Share of visitors who buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="74"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="78"/>
        <source>Revenue per order (exchange value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="82"/>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="83"/>
        <source>orders/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="86"/>
        <source>Orders per customer per year (transaction volume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="90"/>
        <source>Email open rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="94"/>
        <source>Share of sent emails opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="98"/>
        <source>Social engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="102"/>
        <source>Likes, comments and shares per post, as a share of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="106"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="110"/>
        <source>Promoters minus detractors, -100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="114"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="118"/>
        <source>Average satisfaction rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="122"/>
        <source>Customer effort score (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="126"/>
        <source>How hard it was to get things done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="130"/>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="134"/>
        <source>Share of customers lost in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="138"/>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="142"/>
        <source>Share of customers kept in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="146"/>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="150"/>
        <source>Revenue expected from one customer over the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="154"/>
        <source>Cart abandonment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="158"/>
        <source>Share of filled baskets never checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="184"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py" line="192"/>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="96"/>
        <source>none of the selected elements is drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="117"/>
        <source>scale must be between 0 and 16, not {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="123"/>
        <source>the image would be {w} x {h} pixels; use a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="146"/>
        <source>Customer journey map drawn by journeymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="170"/>
        <source>unknown page size {size!r}: use fit, A4, A3, A1 or A0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py" line="217"/>
        <location filename="../../journeymap/render/images.py" line="225"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py" line="169"/>
        <source>%Ln open comment(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py" line="52"/>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py" line="52"/>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py" line="52"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py" line="385"/>
        <source>impact {impact} · effort {effort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/flows.py" line="216"/>
        <source>loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py" line="35"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py" line="109"/>
        <source>{pct} of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py" line="112"/>
        <source>{pct} from previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/util/atomic.py" line="68"/>
        <source>the file is over the limit of {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="70"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="70"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="71"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="71"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="72"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="72"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="73"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="73"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="74"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="74"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="75"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="75"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="76"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="76"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="77"/>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="77"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="78"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py" line="78"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="52"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="60"/>
        <source>“{name}” does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="63"/>
        <source>“{name}” is too large ({mb} MB); choose an image under {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="71"/>
        <source>“{name}” is still {kb} KB after scaling; the limit is {limit} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="84"/>
        <source>“{name}” is {w} x {h} pixels; the largest image accepted is {max} pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py" line="91"/>
        <source>“{name}” is not an image this program can read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py" line="41"/>
        <source>no persona {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py" line="44"/>
        <source>personas can be assigned to touchpoints and pain points only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
