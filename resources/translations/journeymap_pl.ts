<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Presentation</source>
        <translation>Prezentacja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Voting: {round} · {who} · %Ln dots left</source>
        <translation>
            <numerusform>Głosowanie: {round} · {who} · została %Ln kropka</numerusform>
            <numerusform>Głosowanie: {round} · {who} · zostały %Ln kropki</numerusform>
            <numerusform>Głosowanie: {round} · {who} · zostało %Ln kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Note on: {where}</source>
        <translation>Notatka: {where}</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New touchpoint</source>
        <translation>Nowy punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New pain point</source>
        <translation>Nowy punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New opportunity</source>
        <translation>Nowa szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New card</source>
        <translation>Nowa karta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage and a channel lane first</source>
        <translation>Najpierw dodaj etap i tor kanału</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Pain points</source>
        <translation>Punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage first</source>
        <translation>Najpierw dodaj etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add lane</source>
        <translation>Dodaj tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New lane</source>
        <translation>Nowy tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add comment</source>
        <translation>Dodaj komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Edit cell</source>
        <translation>Edytuj komórkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Assign persona</source>
        <translation>Przypisz personę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move cards</source>
        <translation>Przenieś karty</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move lane</source>
        <translation>Przenieś tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move stage</source>
        <translation>Przenieś etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Set emotion</source>
        <translation>Ustaw emocję</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Change emotion</source>
        <translation>Zmień emocję</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Cut</source>
        <translation>Wytnij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Select a cell to paste into</source>
        <translation>Wybierz komórkę, do której wkleić</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>What did the room say? Enter adds it</source>
        <translation>Co powiedziała sala? Enter dodaje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Pain</source>
        <translation>Bolączka</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>CellTextEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/inline_editor.py"/>
        <source>Ctrl+Enter to finish, Esc to cancel</source>
        <translation>Ctrl+Enter kończy, Esc anuluje</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>No differences: the two maps mean the same.</source>
        <translation>Brak różnic: obie mapy znaczą to samo.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>Apply Changes</source>
        <translation>Zastosuj zmiany</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Show resolved</source>
        <translation>Pokaż rozwiązane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>On</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Tick when resolved</source>
        <translation>Zaznacz po rozwiązaniu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>the whole map</source>
        <translation>cała mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Reopen comment</source>
        <translation>Otwórz ponownie komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Resolve comment</source>
        <translation>Oznacz komentarz jako rozwiązany</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete comment</source>
        <translation>Usuń komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
</context>
<context>
    <name>CompareAction</name>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare &amp;With…</source>
        <translation>Porówna&amp;j z…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Show the differences between this map and another file</source>
        <translation>Pokaż różnice między tą mapą a innym plikiem</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare with</source>
        <translation>Porównaj z</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Cannot compare with {name}</source>
        <translation>Nie można porównać z: {name}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in the other map (added there)</source>
        <translation>tylko w drugiej mapie (tam dodane)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in your map (a ghost: removed there)</source>
        <translation>tylko w twojej mapie (duch: tam usunięte)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>changed, moved or reordered</source>
        <translation>zmienione, przeniesione lub w innej kolejności</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Compare with {name}</source>
        <translation>Porównanie z: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take into My Map</source>
        <translation>Przenieś do mojej mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Make this change in your map (Undo takes it back)</source>
        <translation>Wprowadź tę zmianę w swojej mapie (Cofnij ją wycofa)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take All</source>
        <translation>Weź wszystko</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>From your map to {name}: {summary}</source>
        <translation>Z twojej mapy do {name}: {summary}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take from {name}: {change}</source>
        <translation>Weź z {name}: {change}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take all from {name}</source>
        <translation>Weź wszystko z {name}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep Ours</source>
        <translation>Zachowaj nasze</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take Theirs</source>
        <translation>Weź ich</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Leave the map as it is now and close the conflict</source>
        <translation>Zostaw mapę taką, jaka jest, i zamknij konflikt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Put their value in the map (bringing back what it needs)</source>
        <translation>Wstaw ich wartość do mapy (przywracając to, czego potrzebuje)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>or type a value of your own</source>
        <translation>albo wpisz własną wartość</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Use This Value</source>
        <translation>Użyj tej wartości</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>No merge conflicts in this map.</source>
        <translation>W tej mapie nie ma konfliktów scalania.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.</source>
        <translation>
            <numerusform>%Ln nierozwiązany konflikt scalania: zachowaj nasze, weź ich albo wpisz wartość.</numerusform>
            <numerusform>%Ln nierozwiązane konflikty scalania: zachowaj nasze, weź ich albo wpisz wartość.</numerusform>
            <numerusform>%Ln nierozwiązanych konfliktów scalania: zachowaj nasze, weź ich albo wpisz wartość.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Ours (in the map now)</source>
        <translation>Nasze (teraz w mapie)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Base</source>
        <translation>Wspólny przodek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>(not in the map)</source>
        <translation>(nie ma w mapie)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>after {name}</source>
        <translation>po: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>first</source>
        <translation>na początku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep ours: {what}</source>
        <translation>Zachowaj nasze: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take theirs: {what}</source>
        <translation>Weź ich: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Resolve: {what}</source>
        <translation>Rozwiąż: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages or channel lanes yet.</source>
        <translation>Nie ma jeszcze etapów ani torów kanałów.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{lane} na etapie {stage}: jeszcze brak punktu styku; może warto?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln punkt styku</numerusform>
            <numerusform>{stage} × {lane}: %Ln punkty styku</numerusform>
            <numerusform>{stage} × {lane}: %Ln punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Stage</source>
        <translation>Dodaj &amp;etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Lane</source>
        <translation>Dodaj &amp;tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touc&amp;hpoint</source>
        <translation>Dodaj punkt &amp;styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pa&amp;in Point</source>
        <translation>Dodaj punkt &amp;bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Opportunity</source>
        <translation>Dodaj sza&amp;nsę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>Dodaj ko&amp;mentarz…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Card &amp;Here</source>
        <translation>Dodaj kartę t&amp;utaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Edit Cell Text</source>
        <translation>Edytuj tekst &amp;komórki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Re&amp;name</source>
        <translation>Zmień na&amp;zwę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Wytnij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Paste</source>
        <translation>Wkle&amp;j</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Select &amp;All</source>
        <translation>Zaznacz wszystk&amp;o</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;In</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;Out</source>
        <translation>Pomnie&amp;jsz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Fit Map</source>
        <translation>&amp;Dopasuj mapę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit the map&apos;s width to the window; scroll to see the rest</source>
        <translation>Dopasuj szerokość mapy do okna; przewiń, by zobaczyć resztę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit &amp;Whole Map</source>
        <translation>Dopasuj &amp;całą mapę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Actual Size (100%)</source>
        <translation>Rzeczywisty rozmiar (100%)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Find…</source>
        <translation>Zn&amp;ajdź…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Happier</source>
        <translation>Emocja pozytywniej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Sadder</source>
        <translation>Emocja negatywniej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Comment</source>
        <translation>Dodaj komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Comment on the selection (or on the whole map):</source>
        <translation>Komentarz do zaznaczenia (lub do całej mapy):</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pain Point &amp;Here</source>
        <translation>Dodaj punkt bólu t&amp;utaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Opportunity &amp;Here</source>
        <translation>Dodaj szansę t&amp;utaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touchpoint &amp;Here</source>
        <translation>Dodaj punkt styku t&amp;utaj</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook or Mermaid Journey…</source>
        <translation>Skoroszyt Excela lub podróż Mermaid…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook (.xlsx)…</source>
        <translation>Skoroszyt Excela (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image (PNG, SVG, PDF)…</source>
        <translation>Obraz (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Mermaid Journey (.mmd)…</source>
        <translation>Podróż Mermaid (.mmd)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Touchpoints as CSV…</source>
        <translation>Punkty styku jako CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Slides for a Workshop (.pptx)…</source>
        <translation>Slajdy na warsztat (.pptx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workshop Handout (PDF)…</source>
        <translation>Materiały z warsztatu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copy as &amp;Image</source>
        <translation>Kopiuj jako &amp;obraz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Import a map</source>
        <translation>Importuj mapę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workbooks and Mermaid journeys ({p})</source>
        <translation>Skoroszyty i podróże Mermaid ({p})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}…</source>
        <translation>Importowanie: {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}: {{step}}</source>
        <translation>Importowanie: {name}: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot import {name}</source>
        <translation>Nie można zaimportować: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exported {name}</source>
        <translation>Wyeksportowano: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}…</source>
        <translation>Eksportowanie: {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}: {{step}}</source>
        <translation>Eksportowanie: {name}: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot copy the image</source>
        <translation>Nie można skopiować obrazu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copied the map as an image</source>
        <translation>Skopiowano mapę jako obraz</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>this field cannot be edited</source>
        <translation>tego pola nie można edytować</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a number</source>
        <translation>liczbą</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a whole number</source>
        <translation>liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not {wanted}</source>
        <translation>„{text}” nie jest {wanted}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>e.g. 25% (not set)</source>
        <translation>np. 25% (nie ustawiono)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not a share: type 0% to 100%, or 0 to 1</source>
        <translation>„{text}” nie jest udziałem: wpisz od 0% do 100% albo od 0 do 1</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not a date and time like 2025-01-31T14:00:00+00:00</source>
        <translation>to nie jest data i godzina w postaci 2025-01-31T14:00:00+00:00</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>automatic</source>
        <translation>automatyczny</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a colour…</source>
        <translation>Wybierz kolor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Mapy podróży (*{suffix});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <location filename="../../journeymap/app.py"/>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot use this template</source>
        <translation>Nie można użyć tego szablonu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Open journey map</source>
        <translation>Otwórz mapę podróży</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import instead?</source>
        <translation>Zaimportować zamiast tego?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is an Excel workbook, not a journey map.</source>
        <translation>„{name}” to skoroszyt Excela, a nie mapa podróży.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is a Mermaid journey, not a journey map.</source>
        <translation>„{name}” to podróż zapisana w Mermaid, a nie mapa podróży.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import it as a new, untitled map? The file itself is not changed.</source>
        <translation>Zaimportować go jako nową mapę bez tytułu? Sam plik się nie zmieni.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot open {name}</source>
        <translation>Nie można otworzyć: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Save journey map as</source>
        <translation>Zapisz mapę podróży jako</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Opened read-only</source>
        <translation>Otwarto tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{name} is open elsewhere: save your version under another name.</source>
        <translation>{name} jest otwarty gdzie indziej: zapisz swoją wersję pod inną nazwą.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Nie udało się zapisać {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Find on the map</source>
        <translation>Znajdź na mapie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Poprzednie trafienie (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Next match (Enter)</source>
        <translation>Następne trafienie (Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>No matches</source>
        <translation>Brak trafień</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>FlowOptions</name>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>F&amp;lows</source>
        <translation>Przepł&amp;ywy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;All Flows</source>
        <translation>&amp;Wszystkie przepływy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw every flow between cards</source>
        <translation>Rysuj wszystkie przepływy między kartami</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;Selected Cards’ Flows</source>
        <translation>Przepływy &amp;zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw only the flows of the selected cards</source>
        <translation>Rysuj tylko przepływy zaznaczonych kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;No Flows</source>
        <translation>&amp;Bez przepływów</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw no flows between cards</source>
        <translation>Nie rysuj przepływów między kartami</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages yet.</source>
        <translation>Nie ma jeszcze etapów.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>customers unknown</source>
        <translation>liczba klientów nieznana</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>conversion unknown</source>
        <translation>konwersja nieznana</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>entry</source>
        <translation>wejście</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{conversion} of the stage before · {drop}</source>
        <translation>{conversion} poprzedniego etapu · {drop}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{text} · the largest drop</source>
        <translation>{text} · największy spadek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lost} lost since the previous stage</source>
        <translation>{lost} utraconych od poprzedniego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{name}: {customers} customers, {share} of those who entered</source>
        <translation>{name}: klienci: {customers}, czyli {share} tych, którzy weszli</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/history.py"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;otwarto&gt;</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image options</source>
        <translation>Opcje obrazu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Transparent background</source>
        <translation>Przezroczyste tło</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fit the map</source>
        <translation>Dopasuj do mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Tile a large map across pages (poster; A3 pages with Fit the map)</source>
        <translation>Podziel dużą mapę na strony (plakat; przy „Dopasuj do mapy” strony A3)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Only the selected elements</source>
        <translation>Tylko zaznaczone elementy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>As the map is drawn</source>
        <translation>Tak, jak mapa jest narysowana</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 16:9 slide</source>
        <translation>Wypełnij slajd 16:9</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 4:3 slide</source>
        <translation>Wypełnij slajd 4:3</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Shape:</source>
        <translation>Kształt:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Page size:</source>
        <translation>Rozmiar strony:</translation>
    </message>
</context>
<context>
    <name>ImportChangesAction</name>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel Workbook…</source>
        <translation>Zmiany ze skoroszytu Excela…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bring the edits made to an exported workbook into this map</source>
        <translation>Przenieś do tej mapy zmiany wprowadzone w wyeksportowanym skoroszycie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel workbook</source>
        <translation>Zmiany ze skoroszytu Excela</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Cannot import {name}</source>
        <translation>Nie można zaimportować: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>No changes</source>
        <translation>Brak zmian</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>{name} holds no changes to this map.</source>
        <translation>{name} nie zawiera żadnych zmian tej mapy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bringing {name} into this map makes these changes:</source>
        <translation>Przeniesienie {name} do tej mapy wprowadzi te zmiany:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from {name}</source>
        <translation>Zmiany z {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Import changes from {name}</source>
        <translation>Importuj zmiany z {name}</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The numbers shown are from before the last edit</source>
        <translation>Pokazane liczby pochodzą sprzed ostatniej zmiany</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>What if one flow’s share changed?</source>
        <translation>Co, jeśli zmieni się udział jednego przepływu?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>share</source>
        <translation>udział</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Omnichannel coverage</source>
        <translation>Pokrycie wielokanałowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The insights could not be computed: {problem}</source>
        <translation>Nie udało się obliczyć wniosków: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>{covered} of the stage × channel cells have a touchpoint; %Ln open cell(s) to consider.</source>
        <translation>
            <numerusform>{covered} komórek etap × kanał ma punkt styku; do rozważenia %Ln otwarta komórka.</numerusform>
            <numerusform>{covered} komórek etap × kanał ma punkt styku; do rozważenia %Ln otwarte komórki.</numerusform>
            <numerusform>{covered} komórek etap × kanał ma punkt styku; do rozważenia %Ln otwartych komórek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Top paths to “{stage}”</source>
        <translation>Najczęstsze ścieżki do etapu „{stage}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No path: the flows have no shares, or none reaches the stage.</source>
        <translation>Brak ścieżki: przepływy nie mają udziałów albo żaden nie dochodzi do etapu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Open cells to consider (%Ln)</source>
        <translation>
            <numerusform>Otwarte komórki do rozważenia (%Ln)</numerusform>
            <numerusform>Otwarte komórki do rozważenia (%Ln)</numerusform>
            <numerusform>Otwarte komórki do rozważenia (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Pain hot spots</source>
        <translation>Gorące punkty bólu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Loops back (%Ln)</source>
        <translation>
            <numerusform>Pętle wstecz (%Ln)</numerusform>
            <numerusform>Pętle wstecz (%Ln)</numerusform>
            <numerusform>Pętle wstecz (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>… and %Ln more like these</source>
        <translation>
            <numerusform>… i jeszcze %Ln podobny</numerusform>
            <numerusform>… i jeszcze %Ln podobne</numerusform>
            <numerusform>… i jeszcze %Ln podobnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Structural problems (%Ln)</source>
        <translation>
            <numerusform>Problemy strukturalne (%Ln)</numerusform>
            <numerusform>Problemy strukturalne (%Ln)</numerusform>
            <numerusform>Problemy strukturalne (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropki)</numerusform>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropek)</numerusform>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropek)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No dots given yet.</source>
        <translation>Nie oddano jeszcze żadnej kropki.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The map has no flows to try.</source>
        <translation>Mapa nie ma przepływów do sprawdzenia.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion is unknown: give the flows their shares.</source>
        <translation>Konwersja jest nieznana: nadaj przepływom udziały.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion: {before} → {after} ({points} points). The map is not changed.</source>
        <translation>Konwersja: {before} → {after} ({points} pkt proc.). Mapa nie została zmieniona.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Insights</source>
        <translation>Wnioski</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Negative</source>
        <translation>Negatywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Neutral</source>
        <translation>Neutralne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Positive</source>
        <translation>Pozytywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very negative</source>
        <translation>Bardzo negatywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very positive</source>
        <translation>Bardzo pozytywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>one per line</source>
        <translation>po jednym w wierszu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>comma, separated</source>
        <translation>oddzielone, przecinkami</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer goal</source>
        <translation>Cel klienta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Presenter notes</source>
        <translation>Notatki prowadzącego</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Collapsed</source>
        <translation>Zwinięty</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Display</source>
        <translation>Wyświetlanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>Emocje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer action</source>
        <translation>Działanie klienta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Thoughts</source>
        <translation>Myśli</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Layer</source>
        <translation>Warstwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Severity (1–5)</source>
        <translation>Waga (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share affected</source>
        <translation>Odsetek dotkniętych</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Impact (1–5)</source>
        <translation>Wpływ (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Effort (1–5)</source>
        <translation>Nakład (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Answers pain points</source>
        <translation>Odpowiada na punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Income</source>
        <translation>Dochód</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frustrations</source>
        <translation>Frustracje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Motivations</source>
        <translation>Motywacje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Preferred channels</source>
        <translation>Preferowane kanały</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Shops</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Websites</source>
        <translation>Strony internetowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Platforms</source>
        <translation>Platformy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Brands</source>
        <translation>Marki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Attached to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>The whole journey</source>
        <translation>Cała podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Better when</source>
        <translation>Lepiej, gdy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Volume</source>
        <translation>Wolumen</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Cell: {stage}</source>
        <translation>Komórka: {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Reading direction</source>
        <translation>Kierunek czytania</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Last saved</source>
        <translation>Ostatni zapis</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>%Ln elements selected</source>
        <translation>
            <numerusform>Zaznaczono %Ln element</numerusform>
            <numerusform>Zaznaczono %Ln elementy</numerusform>
            <numerusform>Zaznaczono %Ln elementów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Select one element to edit its fields.</source>
        <translation>Zaznacz jeden element, aby edytować jego pola.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Journey</source>
        <translation>Podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Nothing selected: these are the facts of the whole map.</source>
        <translation>Nic nie zaznaczono: to dane całej mapy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Edit {field}</source>
        <translation>Edytuj: {field}</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../journeymap/ui/canvas/view.py"/>
        <source>Drag to reorder stages · Shift+drag onto another stage to draw a flow</source>
        <translation>Przeciągnij, aby zmienić kolejność etapów · Shift+przeciągnij na inny etap, aby narysować przepływ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Opening {name}…</source>
        <translation>Otwieranie: {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} — journeymap</source>
        <translation>{name} — journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Inspector</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Outline</source>
        <translation>Konspekt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} (read-only)</source>
        <translation>{name} (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name}[*] — {title} — journeymap</source>
        <translation>{name}[*] — {title} — journeymap</translation>
    </message>
</context>
<context>
    <name>MapLock</name>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Map in use</source>
        <translation>Mapa jest używana</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>“{name}” is open by {user} on {host} since {when}.</source>
        <translation>„{name}” jest otwarta przez {user} na {host} od {when}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>If you both save it, one of you overwrites the other&apos;s changes. Open it read-only to look (you can save a copy under another name), or open it anyway to edit it.</source>
        <translation>Jeśli zapiszecie ją oboje, jedno z was nadpisze zmiany drugiego. Otwórz tylko do odczytu, by popatrzeć (kopię możesz zapisać pod inną nazwą), albo otwórz mimo to, by edytować.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Read-Only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Anyway</source>
        <translation>Otwórz mimo to</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../journeymap/ui/canvas/overlays.py"/>
        <source>Canvas message</source>
        <translation>Komunikat obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>MetricsDelegate</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Higher is better</source>
        <translation>Im więcej, tym lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lower is better</source>
        <translation>Im mniej, tym lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Whole journey</source>
        <translation>Cała podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Stage: {name}</source>
        <translation>Etap: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lane: {name}</source>
        <translation>Tor: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Touchpoint: {name}</source>
        <translation>Punkt styku: {name}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Custom metric</source>
        <translation>Własny wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete the selected metrics</source>
        <translation>Usuń zaznaczone wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add a metric to the selected stage, lane or touchpoint</source>
        <translation>Dodaj wskaźnik do zaznaczonego etapu, toru lub punktu styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric “{name}”</source>
        <translation>Dodaj wskaźnik „{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete %Ln metrics</source>
        <translation>
            <numerusform>Usuń %Ln wskaźnik</numerusform>
            <numerusform>Usuń %Ln wskaźniki</numerusform>
            <numerusform>Usuń %Ln wskaźników</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete metric</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Attached to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Better</source>
        <translation>Lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Whole journey</source>
        <translation>Cała podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Higher</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lower</source>
        <translation>Mniej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Off target</source>
        <translation>Poza celem</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>On target</source>
        <translation>Zgodnie z celem</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Give both a value and a target to compare them.</source>
        <translation>Podaj wartość i cel, aby je porównać.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>higher is better</source>
        <translation>im więcej, tym lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>lower is better</source>
        <translation>im mniej, tym lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{status}: {value} against a target of {target} ({direction})</source>
        <translation>{status}: {value} przy celu {target} ({direction})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Edit metric {field}</source>
        <translation>Edytuj wskaźnik: {field}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: „{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field} cannot be empty.</source>
        <translation>Pole {field} nie może być puste.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind: use lower-case letters, digits and _ (like “repeat_rate”).</source>
        <translation>Rodzaj: użyj małych liter, cyfr i _ (jak „repeat_rate”).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>On</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>No notes yet. While presenting (View &gt; Present), N captures what the room says.</source>
        <translation>Nie ma jeszcze notatek. Podczas prezentacji (Widok &gt; Prezentuj) klawisz N zapisuje, co mówi sala.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain Point</source>
        <translation>Punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn the selected notes into:</source>
        <translation>Zamień zaznaczone notatki na:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain</source>
        <translation>Bolączka</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete Notes</source>
        <translation>Usuń notatki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Pain Points</source>
        <translation>Zamień notatki na punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Opportunities</source>
        <translation>Zamień notatki na szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Comments</source>
        <translation>Zamień notatki na komentarze</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>{kind} in {stage}</source>
        <translation>{kind} w etapie {stage}</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Age band</source>
        <translation>&amp;Przedział wieku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Gender</source>
        <translation>Pł&amp;eć</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Income band</source>
        <translation>Przedział &amp;dochodu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Location</source>
        <translation>&amp;Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Frustrations</source>
        <translation>Frustracje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Motivations</source>
        <translation>Motywacje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Preferred channels</source>
        <translation>Preferowane kanały</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Shops</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Websites</source>
        <translation>Strony internetowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Platforms</source>
        <translation>Platformy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Brands</source>
        <translation>Marki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Quote</source>
        <translation>&amp;Cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>One per line</source>
        <translation>Po jednym w wierszu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>In their own words</source>
        <translation>Ich własnymi słowami</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Separated by commas</source>
        <translation>Oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Social</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Store</source>
        <translation>Sklep stacjonarny</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>App</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Ads</source>
        <translation>Reklamy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Word of mouth</source>
        <translation>Poczta pantoflowa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose colour…</source>
        <translation>Wybierz kolor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Automatic</source>
        <translation>Automatyczny</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Use a colour picked from the persona&apos;s id</source>
        <translation>Użyj koloru wybranego na podstawie identyfikatora persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose photo…</source>
        <translation>Wybierz zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Remove photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Edit persona “{name}”</source>
        <translation>Edytuj personę „{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>This cannot be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Za długie: najwyżej %Ln znak.</numerusform>
            <numerusform>Za długie: najwyżej %Ln znaki.</numerusform>
            <numerusform>Za długie: najwyżej %Ln znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too many entries: at most %Ln.</source>
        <translation>
            <numerusform>Za dużo pozycji: najwyżej %Ln.</numerusform>
            <numerusform>Za dużo pozycji: najwyżej %Ln.</numerusform>
            <numerusform>Za dużo pozycji: najwyżej %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Persona colour</source>
        <translation>Kolor persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
</context>
<context>
    <name>PersonaImportDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from “{name}”</source>
        <translation>Importuj persony z „{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas to import:</source>
        <translation>Persony do zaimportowania:</translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Create a persona</source>
        <translation>Utwórz personę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate the selected personas</source>
        <translation>Duplikuj zaznaczone persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete the selected personas and take them off every card</source>
        <translation>Usuń zaznaczone persony i zdejmij je ze wszystkich kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy the selected personas</source>
        <translation>Kopiuj zaznaczone persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas copied from a map</source>
        <translation>Wklej persony skopiowane z mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from another .journey file</source>
        <translation>Importuj persony z innego pliku .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from file…</source>
        <translation>Importuj persony z pliku…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New persona</source>
        <translation>Nowa persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate personas</source>
        <translation>Duplikuj persony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete %Ln personas</source>
        <translation>
            <numerusform>Usuń %Ln personę</numerusform>
            <numerusform>Usuń %Ln persony</numerusform>
            <numerusform>Usuń %Ln person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete persona</source>
        <translation>Usuń personę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copied %Ln persona(s).</source>
        <translation>
            <numerusform>Skopiowano %Ln personę.</numerusform>
            <numerusform>Skopiowano %Ln persony.</numerusform>
            <numerusform>Skopiowano %Ln person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>The clipboard holds no personas.</source>
        <translation>W schowku nie ma person.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas</source>
        <translation>Wklej persony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Added %Ln persona(s).</source>
        <translation>
            <numerusform>Dodano %Ln personę.</numerusform>
            <numerusform>Dodano %Ln persony.</numerusform>
            <numerusform>Dodano %Ln person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from</source>
        <translation>Importuj persony z</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Mapy podróży (*.journey);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Cannot import from “{name}”: {error}</source>
        <translation>Nie można importować z „{name}”: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>“{name}” has no personas.</source>
        <translation>„{name}” nie zawiera person.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas</source>
        <translation>Importuj persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>System language ({name})</source>
        <translation>Język systemu ({name})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Menus, panels, numbers and dates follow the interface language. Each map keeps its own language and reading direction (set them in the inspector when nothing is selected); exports use the map&apos;s.</source>
        <translation>Menu, panele, liczby i daty są w języku interfejsu. Każda mapa ma własny język i kierunek czytania (ustawisz je we Właściwościach, gdy nic nie jest zaznaczone); eksport używa języka mapy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>PresentActions</name>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>P&amp;resent</source>
        <translation>P&amp;rezentuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present from This &amp;Stage</source>
        <translation>Prezentuj od &amp;tego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Show the map to a room, stage by stage, full screen</source>
        <translation>Pokaż mapę sali, etap po etapie, na pełnym ekranie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Go to a stage (or zoom to a card) to capture a note on it.</source>
        <translation>Przejdź do etapu (albo przybliż kartę), by zapisać na nim notatkę.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Capture Note</source>
        <translation>Zapisz notatkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Open a voting round first (Workshop panel, or the console&apos;s Votes).</source>
        <translation>Najpierw otwórz rundę głosowania (panel Warsztat albo Głosy w konsoli).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Click a card to give it a dot.</source>
        <translation>Kliknij kartę, by dać jej kropkę.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Give Dot</source>
        <translation>Daj kropkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Take Dot Back</source>
        <translation>Cofnij kropkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter console</source>
        <translation>Konsola prowadzącego</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Voting (V)</source>
        <translation>Głosowanie (V)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter notes</source>
        <translation>Notatki prowadzącego</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Elapsed</source>
        <translation>Upłynęło</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Left</source>
        <translation>Zostało</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Clock</source>
        <translation>Zegar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Duration</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Capture (N)</source>
        <translation>Zapisz (N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Vote</source>
        <translation>Głosuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The end</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{where}   ({n} of {total})</source>
        <translation>{where}   ({n} z {total})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>(no presenter notes for this view)</source>
        <translation>(brak notatek prowadzącego do tego widoku)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Note on: {where}</source>
        <translation>Notatka: {where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Go to a stage to capture notes</source>
        <translation>Przejdź do etapu, by zapisywać notatki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The whole map</source>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{name}, page {n} of {pages}</source>
        <translation>{name}, strona {n} z {pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>No round shown</source>
        <translation>Bez rundy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> (closed)</source>
        <translation> (zamknięta)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{who}: %Ln dots left</source>
        <translation>
            <numerusform>{who}: została %Ln kropka</numerusform>
            <numerusform>{who}: zostały %Ln kropki</numerusform>
            <numerusform>{who}: zostało %Ln kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Persona lens (L): {name}</source>
        <translation>Soczewka persony (L): {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next view</source>
        <translation>następny widok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>previous view</source>
        <translation>poprzedni widok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>the whole map</source>
        <translation>cała mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>go to that stage</source>
        <translation>przejdź do tego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>black screen</source>
        <translation>czarny ekran</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>capture a note</source>
        <translation>zapisz notatkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>voting on or off</source>
        <translation>włącz lub wyłącz głosowanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next participant</source>
        <translation>następny uczestnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>give / take back a dot</source>
        <translation>daj / cofnij kropkę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>persona lens</source>
        <translation>soczewka persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>light or dark</source>
        <translation>jasny lub ciemny</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>leave</source>
        <translation>wyjdź</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>Znaleziono %Ln problem. Nic nie zostało zmienione.</numerusform>
            <numerusform>Znaleziono %Ln problemy. Nic nie zostało zmienione.</numerusform>
            <numerusform>Znaleziono %Ln problemów. Nic nie zostało zmienione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln problem w {path}. Nic nie zostało zmienione.</numerusform>
            <numerusform>%Ln problemy w {path}. Nic nie zostało zmienione.</numerusform>
            <numerusform>%Ln problemów w {path}. Nic nie zostało zmienione.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Copy all</source>
        <translation>Kopiuj wszystko</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>journeymap did not close properly last time. These maps had unsaved changes:</source>
        <translation>Ostatnim razem journeymap nie zamknął się prawidłowo. Te mapy miały niezapisane zmiany:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Discard all</source>
        <translation>Odrzuć wszystkie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>never saved</source>
        <translation>nigdy nie zapisano</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>{title} — {where} (autosaved {when})</source>
        <translation>{title} — {where} (autozapis: {when})</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Change Voting Round</source>
        <translation>Zmień rundę głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>New Voting Round</source>
        <translation>Nowa runda głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>What matters most</source>
        <translation>Co jest najważniejsze</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour (#rrggbb)</source>
        <translation>Kolor (#rrggbb)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take Out</source>
        <translation>Usuń z rundy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take the selected people out of the round</source>
        <translation>Usuń zaznaczone osoby z rundy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour…</source>
        <translation>Kolor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>How many people</source>
        <translation>Ile osób</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Dots each</source>
        <translation>Kropek na osobę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Vote on</source>
        <translation>Głosujemy na</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participant&apos;s Colour</source>
        <translation>Kolor uczestnika</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>“{colour}” is not a colour: write it as #rrggbb, or leave it empty</source>
        <translation>„{colour}” to nie kolor: zapisz go jako #rrggbb albo zostaw puste</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Tick at least one kind of card to vote on.</source>
        <translation>Zaznacz co najmniej jeden rodzaj kart do głosowania.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>a round needs a name</source>
        <translation>runda musi mieć nazwę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>This takes back %Ln dots already given: {people}.</source>
        <translation>
            <numerusform>To cofa %Ln oddaną już kropkę: {people}.</numerusform>
            <numerusform>To cofa %Ln oddane już kropki: {people}.</numerusform>
            <numerusform>To cofa %Ln oddanych już kropek: {people}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>The round picked here is the one whose dots the canvas shows</source>
        <translation>Kropki rundy wybranej tutaj są pokazywane na obszarze roboczym</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Round…</source>
        <translation>Nowa runda…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset</source>
        <translation>Wyzeruj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Rename the round, change who votes, their colours and dots</source>
        <translation>Zmień nazwę rundy, kto głosuje, ich kolory i kropki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source> (closed)</source>
        <translation> (zamknięta)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>On the canvas: the dots of “{round}”</source>
        <translation>Na obszarze roboczym: kropki rundy „{round}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>No voting round yet: New Round… opens one.</source>
        <translation>Nie ma jeszcze rundy głosowania: Nowa runda… otwiera ją.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>{given} of %Ln dots given. {people}</source>
        <translation>
            <numerusform>Oddano {given} z %Ln kropki. {people}</numerusform>
            <numerusform>Oddano {given} z %Ln kropek. {people}</numerusform>
            <numerusform>Oddano {given} z %Ln kropek. {people}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Voting Round</source>
        <translation>Nowa runda głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change Voting Round</source>
        <translation>Zmień rundę głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close Round</source>
        <translation>Zamknij rundę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen Round</source>
        <translation>Otwórz rundę ponownie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset Round</source>
        <translation>Wyzeruj rundę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete Round</source>
        <translation>Usuń rundę</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>New map from a template</source>
        <translation>Nowa mapa z szablonu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>{title}

{description}

Stages: {stages}
Lanes: {lanes}</source>
        <translation>{title}

{description}

Etapy: {stages}
Tory: {lanes}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nowa z szablonu…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Save &amp;As…</source>
        <translation>Zapisz j&amp;ako…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;About journeymap</source>
        <translation>&amp;O programie journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Metric</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Metric</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio &amp;używane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Emotion Curve per Persona</source>
        <translation>Krzywa &amp;emocji dla każdej persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Draw one emotion curve for each persona (up to five)</source>
        <translation>Rysuj osobną krzywą emocji dla każdej persony (do pięciu)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panele</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Clear the List</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona lens: fade what does not apply to the chosen persona</source>
        <translation>Soczewka persony: przygaś to, co nie dotyczy wybranej persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Pain point</source>
        <translation>Punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>All personas</source>
        <translation>Wszystkie persony</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
</context>
<context>
    <name>ZoomField</name>
    <message>
        <location filename="../../journeymap/ui/window/zoom_field.py"/>
        <source>Zoom: click to type one (Ctrl+0 fits the map&apos;s width)</source>
        <translation>Powiększenie: kliknij, by wpisać wartość (Ctrl+0 dopasowuje szerokość mapy)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Zapisać zmiany w „{name}” przed zamknięciem?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Jeśli nie zapiszesz, zmiany od ostatniego zapisu zostaną utracone.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>File changed on disk</source>
        <translation>Plik zmienił się na dysku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>„{name}” został zmieniony przez inny program, odkąd go otworzono.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload it (your unsaved changes are lost), or overwrite it with your version (theirs is lost).</source>
        <translation>Wczytaj go ponownie (twoje niezapisane zmiany przepadną) albo nadpisz swoją wersją (przepadnie tamta).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Overwrite</source>
        <translation>Nadpisz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A desktop editor for customer journey maps: stages, touchpoints, emotions, pain points, opportunities, personas and metrics, kept as open .journey files.&lt;/p&gt;&lt;p&gt;Works offline: journeymap never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;Edytor map podróży klienta na komputer: etapy, punkty styku, emocje, punkty bólu, szanse, persony i wskaźniki, zapisywane w otwartych plikach .journey.&lt;/p&gt;&lt;p&gt;Działa offline: journeymap nigdy nie korzysta z sieci.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>About journeymap</source>
        <translation>O programie journeymap</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Left to right</source>
        <translation>Od lewej do prawej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Right to left</source>
        <translation>Od prawej do lewej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>App</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Ads</source>
        <translation>Reklamy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Social</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Store</source>
        <translation>Sklep stacjonarny</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Word of mouth</source>
        <translation>Poczta pantoflowa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>Emocje</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Pain points</source>
        <translation>Punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Assumed</source>
        <translation>Założone</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Proposed</source>
        <translation>Proponowane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frontstage</source>
        <translation>Scena</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Backstage</source>
        <translation>Zaplecze</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Higher</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lower</source>
        <translation>Mniej</translation>
    </message>
</context>
<context>
    <name>journeymap</name>
    <message>
        <location filename="../../journeymap/app.py"/>
        <source>journeymap present: {error}</source>
        <translation>journeymap present: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>journeymap [FILE ...]          open each FILE in a window of the editor
       journeymap COMMAND [ARGS ...]  work on maps without the editor (COMMAND --help)
       journeymap --version</source>
        <translation>journeymap [FILE ...]          otwórz każdy FILE w osobnym oknie edytora
       journeymap POLECENIE [ARGUMENTY ...]  pracuj na mapach bez edytora (POLECENIE --help)
       journeymap --version</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Draw customer journey maps. With no command, opens the editor: one window for each FILE.journey given (an .xlsx or .mmd file is offered for import), else the last map. The editor needs a graphical session; every COMMAND works without one. Works offline; never uses the network.</source>
        <translation>Rysuj mapy podróży klienta. Bez polecenia otwiera edytor: po jednym oknie na każdy podany FILE.journey (plik .xlsx lub .mmd proponuje zaimportować), a bez plików ostatnią mapę. Edytor wymaga sesji graficznej; każde POLECENIE działa bez niej. Działa bez internetu; nigdy nie korzysta z sieci.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show the version and exit</source>
        <translation>pokaż wersję i zakończ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>POLECENIE</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji programu i zakończ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone razem z argumentem %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: {args}</source>
        <translation>nierozpoznane argumenty: {args}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>internal error: {error}</source>
        <translation>błąd wewnętrzny: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{options}: the editor takes only FILE arguments; options go after a COMMAND</source>
        <translation>{options}: edytor przyjmuje tylko argumenty FILE; opcje podaje się po POLECENIU</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the editor needs a graphical session ({reason}).</source>
        <translation>edytor wymaga sesji graficznej ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Every command works without one: {commands}</source>
        <translation>Każde polecenie działa bez niej: {commands}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>(journeymap --help lists them; journeymap COMMAND --help tells more).</source>
        <translation>(journeymap --help je wymienia; journeymap POLECENIE --help mówi więcej).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is an Excel workbook, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>to skoroszyt Excela, a nie mapa; zrób z niego mapę poleceniem: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is a Mermaid journey, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>to podróż zapisana w Mermaid, a nie mapa; zrób z niej mapę poleceniem: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln stages are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln etap nazywa się {name!r}; podaj identyfikator jednego z nich: {ids}</numerusform>
            <numerusform>{option}: %Ln etapy nazywają się {name!r}; podaj identyfikator jednego z nich: {ids}</numerusform>
            <numerusform>{option}: %Ln etapów nazywa się {name!r}; podaj identyfikator jednego z nich: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln persona nazywa się {name!r}; podaj identyfikator jednej z nich: {ids}</numerusform>
            <numerusform>{option}: %Ln persony nazywają się {name!r}; podaj identyfikator jednej z nich: {ids}</numerusform>
            <numerusform>{option}: %Ln person nazywa się {name!r}; podaj identyfikator jednej z nich: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no stage {name!r}; the stages are: {names}</source>
        <translation>{option}: nie ma etapu {name!r}; etapy to: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no persona {name!r}; the personas are: {names}</source>
        <translation>{option}: nie ma persony {name!r}; persony to: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the output file name is empty</source>
        <translation>nazwa pliku wyjściowego jest pusta</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is a folder; give a file name</source>
        <translation>{out}: to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is the input file; write to another name</source>
        <translation>{out}: to plik wejściowy; zapisz pod inną nazwą</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: exists already (use --force to overwrite)</source>
        <translation>{out}: już istnieje (użyj --force, aby nadpisać)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>show what changed between two maps</source>
        <translation>pokaż, co zmieniło się między dwiema mapami</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>Compare two .journey files element by element: added, removed, changed, moved and reordered elements and the map&apos;s own fields. Exit 0: the same map; 1: different; 2: error.</source>
        <translation>Porównuje dwa pliki .journey element po elemencie: dodane, usunięte, zmienione, przeniesione i przestawione elementy oraz pola samej mapy. Kod wyjścia 0: ta sama mapa; 1: różne; 2: błąd.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the older map</source>
        <translation>starsza mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the newer map</source>
        <translation>nowsza mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>print the changes as JSON</source>
        <translation>wypisz zmiany jako JSON</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>write a map as Excel, Mermaid, CSV, an image, slides or a handout</source>
        <translation>zapisz mapę jako Excel, Mermaid, CSV, obraz, slajdy lub materiały</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>Write FILE as OUT; the format comes from OUT&apos;s suffix: {suffixes}.</source>
        <translation>Zapisuje FILE jako OUT; format wynika z rozszerzenia OUT: {suffixes}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the .journey file</source>
        <translation>plik .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the file to write</source>
        <translation>plik do zapisania</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: image scale; default 1</source>
        <translation>PNG: skala obrazu; domyślnie 1</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: print resolution instead of a scale (96 = scale 1)</source>
        <translation>PNG: rozdzielczość wydruku zamiast skali (96 = skala 1)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>only what concerns this persona (id or name)</source>
        <translation>tylko to, co dotyczy tej persony (identyfikator lub nazwa)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF page size</source>
        <translation>rozmiar strony PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: tile a large map across pages of --page-size, A3 when that is fit (the default)</source>
        <translation>PDF: podziel dużą mapę na strony rozmiaru --page-size, A3, gdy jest to fit (domyślnie)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: transparent background</source>
        <translation>PNG: przezroczyste tło</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG, SVG: lay the whole map out to fill a picture of this shape (a slide&apos;s)</source>
        <translation>PNG, SVG: rozłóż całą mapę tak, by wypełniła obraz o tym kształcie (jak slajd)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: the workshop handout (a cover, a page per stage, the results) on A4 landscape</source>
        <translation>PDF: materiały z warsztatu (okładka, strona na każdy etap, wyniki) na poziomym A4</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>overwrite OUT if it exists</source>
        <translation>nadpisz OUT, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {sizes}</source>
        <translation>wybierz jedno z: {sizes}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {frames}</source>
        <translation>wybierz jedno z: {frames}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--scale must be from {low} to {high}</source>
        <translation>--scale musi mieścić się w zakresie od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--dpi must be from {low:g} to {high:g}</source>
        <translation>--dpi musi mieścić się w zakresie od {low:g} do {high:g}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for the handout; ignored</source>
        <translation>uwaga: {options}: nieużywane w materiałach; pominięto</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for {suffix} files; ignored</source>
        <translation>uwaga: {options}: nie dotyczy plików {suffix}; pominięto</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: --tile: the pages are A3; --page-size A4, A1 or A0 chooses others</source>
        <translation>uwaga: --tile: strony mają format A3; --page-size A4, A1 lub A0 wybiera inny</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>exporting</source>
        <translation>eksportowanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{out}: cannot write: {error}</source>
        <translation>{out}: nie można zapisać: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>wrote {out}</source>
        <translation>zapisano {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>let git merge and diff .journey maps</source>
        <translation>pozwól gitowi scalać i porównywać mapy .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>Write the .gitattributes line and the git config for journeymap&apos;s merge driver (three-way merge, conflicts kept in the map) and diff driver (changes in words). Safe to run again; --remove takes it back out.</source>
        <translation>Zapisuje wiersz .gitattributes i konfigurację gita dla sterownika scalania journeymap (scalanie trójstronne, konflikty zachowane w mapie) i sterownika różnic (zmiany opisane słowami). Można uruchomić ponownie; --remove wszystko cofa.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>for all your repositories, not just this one</source>
        <translation>dla wszystkich twoich repozytoriów, nie tylko tego</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>remove the settings instead</source>
        <translation>zamiast tego usuń ustawienia</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>journeymap git-setup: {error}</source>
        <translation>journeymap git-setup: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>make a .journey file from an Excel workbook or a Mermaid journey</source>
        <translation>utwórz plik .journey ze skoroszytu Excela lub podróży Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>Read IN (.xlsx or .mmd) and write it as OUT.journey.</source>
        <translation>Czyta IN (.xlsx lub .mmd) i zapisuje go jako OUT.journey.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the .xlsx or .mmd file to read</source>
        <translation>plik .xlsx lub .mmd do odczytania</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the map to write</source>
        <translation>mapa do zapisania</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>{out}: the file name must end in .journey</source>
        <translation>{out}: nazwa pliku musi kończyć się na .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>add journeymap to your desktop: menu entry, .journey file type, icons</source>
        <translation>dodaj journeymap do pulpitu: pozycja w menu, typ plików .journey, ikony</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>Put a menu entry, the application/x-journey file type (*.journey files, and files that start with the journeymap header) and the icons in your data folder ($XDG_DATA_HOME, else ~/.local/share), so that a file manager shows .journey files with their icon and a double-click opens them in journeymap. Only your account changes.</source>
        <translation>Umieszcza pozycję w menu, typ plików application/x-journey (pliki *.journey oraz pliki zaczynające się nagłówkiem journeymap) i ikony w folderze danych ($XDG_DATA_HOME, a bez niego ~/.local/share), aby menedżer plików pokazywał pliki .journey z ich ikoną, a dwukrotne kliknięcie otwierało je w journeymap. Zmienia się tylko Twoje konto.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>take them away again</source>
        <translation>usuń je z powrotem</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>removed {path}</source>
        <translation>usunięto {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>nothing to remove in {folder}</source>
        <translation>nie ma nic do usunięcia w {folder}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>wrote {path} ({role})</source>
        <translation>zapisano {path} ({role})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>refreshed the desktop&apos;s caches with {commands}</source>
        <translation>odświeżono pamięć podręczną pulpitu poleceniami {commands}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>{command} is missing, so the file type takes effect only once it runs: apt-get install {package}</source>
        <translation>brakuje {command}, więc typ plików zacznie działać dopiero po jego uruchomieniu: apt-get install {package}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>note: {command} is missing (apt-get install {package}); desktops refresh without it, later</source>
        <translation>uwaga: brakuje {command} (apt-get install {package}); pulpity odświeżą się bez niego, później</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>journeymap now opens .journey files from the file manager; it starts {command}</source>
        <translation>journeymap otwiera teraz pliki .journey z menedżera plików; uruchamia {command}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>three-way merge of maps</source>
        <translation>trójstronne scalanie map</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>Merge the changes OURS and THEIRS made to BASE into OUT. Conflicts keep ours and are recorded in OUT, to be resolved in the editor. Exit 0: clean; 1: conflicts; 2: error.</source>
        <translation>Scala zmiany, które OURS i THEIRS wprowadziły do BASE, w pliku OUT. W konfliktach zostaje nasza wersja, a same konflikty są zapisywane w OUT do rozwiązania w edytorze. Kod wyjścia 0: czysto; 1: konflikty; 2: błąd.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the common ancestor (an empty file: none)</source>
        <translation>wspólny przodek (pusty plik: brak)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the merged map to write</source>
        <translation>scalona mapa do zapisania</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the map&apos;s name in messages (git passes it)</source>
        <translation>nazwa mapy w komunikatach (podaje ją git)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>print only the conflicts</source>
        <translation>wypisz tylko konflikty</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: conflict: {text}</source>
        <translation>{name}: konflikt: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them</source>
        <translation>
            <numerusform>{name}: w mapie zachowano %Ln konflikt; otwórz ją w journeymap, by go rozwiązać</numerusform>
            <numerusform>{name}: w mapie zachowano %Ln konflikty; otwórz ją w journeymap, by je rozwiązać</numerusform>
            <numerusform>{name}: w mapie zachowano %Ln konfliktów; otwórz ją w journeymap, by je rozwiązać</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: merged cleanly</source>
        <translation>{name}: scalono bez konfliktów</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>must be 1 or more, not {value}</source>
        <translation>musi wynosić co najmniej 1, a nie {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>present a map to a room, full screen, stage by stage</source>
        <translation>zaprezentuj mapę sali na pełnym ekranie, etap po etapie</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>Present FILE full screen: the whole map, each stage, the whole map again. Keys: Right/Left, PageDown/PageUp, Space, Home/End, a stage&apos;s number, B or . (black screen), N (capture a note), V (vote), Esc (leave).</source>
        <translation>Prezentuje FILE na pełnym ekranie: cała mapa, każdy etap, znów cała mapa. Klawisze: Prawo/Lewo, PageDown/PageUp, Spacja, Home/End, numer etapu, B lub . (czarny ekran), N (zapisz notatkę), V (głosuj), Esc (wyjdź).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>show the room screen N (1 is the first)</source>
        <translation>pokaż sali ekran N (1 to pierwszy)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>start at stage N (1 is the first)</source>
        <translation>zacznij od etapu N (1 to pierwszy)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>the countdown on the console (default 30)</source>
        <translation>odliczanie w konsoli (domyślnie 30)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{file}: the map has no stages to present</source>
        <translation>{file}: mapa nie ma etapów do zaprezentowania</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/present.py"/>
        <source>--stage {n}: the map has %Ln stages</source>
        <translation>
            <numerusform>--stage {n}: mapa ma %Ln etap</numerusform>
            <numerusform>--stage {n}: mapa ma %Ln etapy</numerusform>
            <numerusform>--stage {n}: mapa ma %Ln etapów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>print the JSON Schema of .journey files</source>
        <translation>wypisz JSON Schema plików .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>Print the JSON Schema of the current .journey format, or write it to FILE. It checks types and ranges; &apos;journeymap validate&apos; also checks references.</source>
        <translation>Wypisuje JSON Schema bieżącego formatu .journey lub zapisuje go do FILE. Sprawdza typy i zakresy; &apos;journeymap validate&apos; sprawdza też odwołania.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>write the schema to FILE instead</source>
        <translation>zamiast tego zapisz schemat do FILE</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>overwrite FILE if it exists</source>
        <translation>nadpisz FILE, jeśli istnieje</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>print a map as plain text</source>
        <translation>wypisz mapę jako zwykły tekst</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>Print a .journey map as text: each element with its fields, in the map&apos;s order.</source>
        <translation>Wypisuje mapę .journey jako tekst: każdy element z jego polami, w kolejności mapy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>for git: print a file that is not a valid map as it is, instead of failing</source>
        <translation>dla gita: wypisz plik, który nie jest poprawną mapą, tak jak jest, zamiast zgłaszać błąd</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>(not a valid map: {problem})</source>
        <translation>(niepoprawna mapa: {problem})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>counts and insights of a map</source>
        <translation>liczby i wnioski z mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>print JSON instead of tables</source>
        <translation>wypisz JSON zamiast tabel</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the stage that counts as conversion, by name or id (default: the stage named like purchase)</source>
        <translation>etap liczony jako konwersja, po nazwie lub identyfikatorze (domyślnie: etap nazwany jak zakup)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>also show the conversion if flow FLOW had share SHARE (0 to 1)</source>
        <translation>pokaż też konwersję, gdyby przepływ FLOW miał udział SHARE (od 0 do 1)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>--what-if wants FLOW=SHARE, for example f1=0.8, not {text!r}</source>
        <translation>--what-if wymaga postaci FLOW=SHARE, na przykład f1=0.8, a nie {text!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>element</source>
        <translation>element</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per stage</source>
        <translation>Według etapów</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>opportunities</source>
        <translation>szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>pain points</source>
        <translation>punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>touchpoints</source>
        <translation>punkty styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per lane</source>
        <translation>Według torów</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lane</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>conversion</source>
        <translation>konwersja</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>drop-off</source>
        <translation>odpływ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>lost</source>
        <translation>utraceni</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>share</source>
        <translation>udział</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from stage</source>
        <translation>z etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>loop back (flow)</source>
        <translation>pętla wstecz (przepływ)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to stage</source>
        <translation>do etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis</source>
        <translation>Analiza przepływów</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no flows to analyse</source>
        <translation>mapa nie ma przepływów do analizy</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>none of the {level} flows has a share: no numbers to compute</source>
        <translation>żaden przepływ typu „{level}” nie ma udziału: nie ma czego policzyć</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis over the {level} flows; conversion to “{target}”: {value}</source>
        <translation>Analiza przepływów typu „{level}”; konwersja do etapu „{target}”: {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>reached</source>
        <translation>dotarło</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Most travelled paths to “{target}”</source>
        <translation>Najczęściej pokonywane ścieżki do etapu „{target}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>probability</source>
        <translation>prawdopodobieństwo</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>What if flow {flow} had share {new} (now {old}): conversion {before} → {after}</source>
        <translation>Gdyby przepływ {flow} miał udział {new} (teraz {old}): konwersja {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flows (their ids are what --what-if FLOW=SHARE takes)</source>
        <translation>Przepływy (ich identyfikatory przyjmuje --what-if FLOW=SHARE)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flow</source>
        <translation>przepływ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from</source>
        <translation>skąd</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to</source>
        <translation>dokąd</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage</source>
        <translation>Pokrycie wielokanałowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no channel lanes</source>
        <translation>mapa nie ma torów kanałów</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>{empty} of {cells} cells empty (shown as –)</source>
        <translation>{empty} z {cells} komórek jest pustych (oznaczone –)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage (touchpoints per stage and channel)</source>
        <translation>Pokrycie wielokanałowe (punkty styku na etap i kanał)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>affected unknown</source>
        <translation>dotkniętych: nieznane</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Pain hot spots (severity × share affected)</source>
        <translation>Gorące punkty bólu (waga × odsetek dotkniętych)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>pain points on no channel: score {score}</source>
        <translation>punkty bólu poza kanałami: wynik {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no structural problems found</source>
        <translation>nie znaleziono problemów strukturalnych</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>message</source>
        <translation>komunikat</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropki)</numerusform>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropek)</numerusform>
            <numerusform>Głosy: {name} ({state}, {given} z %Ln kropek)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>card</source>
        <translation>karta</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>dots</source>
        <translation>kropki</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>voters</source>
        <translation>głosujący</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no dots yet</source>
        <translation>jeszcze bez kropek</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>list the map templates</source>
        <translation>wypisz szablony map</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>create a map from a template</source>
        <translation>utwórz mapę z szablonu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>template name (see &apos;journeymap templates&apos;)</source>
        <translation>nazwa szablonu (zob. &apos;journeymap templates&apos;)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the new map&apos;s title</source>
        <translation>tytuł nowej mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the file to create</source>
        <translation>plik do utworzenia</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the template&apos;s language (default: the language of the locale, {language})</source>
        <translation>język szablonu (domyślnie język ustawień regionalnych, {language})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <location filename="../../journeymap/formats/templates.py"/>
        <source>no template {name!r}; known: {known}</source>
        <translation>brak szablonu {name!r}; dostępne: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>created {out} from template {name}</source>
        <translation>utworzono {out} z szablonu {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>check .journey files</source>
        <translation>sprawdź pliki .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>Check .journey files; print FILE: location: message for every problem.</source>
        <translation>Sprawdza pliki .journey; dla każdego problemu wypisuje FILE: miejsce: komunikat.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>print only problems</source>
        <translation>wypisuj tylko problemy</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>unresolved merge conflict: {text}</source>
        <translation>nierozwiązany konflikt scalania: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>{file}: valid</source>
        <translation>{file}: poprawny</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>image export is not available in this installation ({error})</source>
        <translation>eksport obrazów nie jest dostępny w tej instalacji ({error})</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>drawing</source>
        <translation>rysowanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>writing</source>
        <translation>zapisywanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>byte {n}</source>
        <translation>bajt {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not UTF-8 text</source>
        <translation>to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Excel workbooks</source>
        <translation>Skoroszyty Excela</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Mermaid journeys</source>
        <translation>Podróże Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>CSV files</source>
        <translation>Pliki CSV</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PNG image</source>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>SVG drawing</source>
        <translation>Rysunek SVG</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PowerPoint presentations</source>
        <translation>Prezentacje PowerPoint</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>cannot tell the format; use one of {known}</source>
        <translation>nie można rozpoznać formatu; użyj jednego z: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>can import {suffixes} and {last} files</source>
        <translation>można importować pliki {suffixes} i {last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>id</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>lane id</source>
        <translation>identyfikator toru</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>stage id</source>
        <translation>identyfikator etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>thoughts</source>
        <translation>myśli</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>emotion</source>
        <translation>emocje</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>evidence</source>
        <translation>dowody</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>layer</source>
        <translation>warstwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>personas</source>
        <translation>persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice</source>
        <translation>formuła bez zapisanego wyniku: wpisz wartość albo otwórz i zapisz skoroszyt w Excelu lub LibreOffice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a row has more than %Ln cells</source>
        <translation>
            <numerusform>wiersz ma więcej niż %Ln komórkę</numerusform>
            <numerusform>wiersz ma więcej niż %Ln komórki</numerusform>
            <numerusform>wiersz ma więcej niż %Ln komórek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>unknown cell type {kind}</source>
        <translation>nieznany typ komórki {kind}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>the cell refers to a shared text that the workbook does not have</source>
        <translation>komórka odwołuje się do wspólnego tekstu, którego skoroszyt nie ma</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a date cell holds {value}, which is no date</source>
        <translation>komórka daty zawiera {value}, co nie jest datą</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a number cell holds {value}, which is no number</source>
        <translation>komórka liczbowa zawiera {value}, co nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a TRUE/FALSE cell holds {value}</source>
        <translation>komórka PRAWDA/FAŁSZ zawiera {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} is required</source>
        <translation>pole {field} jest wymagane</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} must be {low}..{high} (got {value})</source>
        <translation>{field} musi mieścić się w zakresie {low}..{high} (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: too large: {number}</source>
        <translation>{field}: za duża: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message} (got {value})</source>
        <translation>{field}: {message} (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>saving</source>
        <translation>zapisywanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer journey map</source>
        <translation>Mapa podróży klienta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>field</source>
        <translation>pole</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>Import reads this sheet and the tables; the Map and Funnel sheets are views.</source>
        <translation>Import czyta ten arkusz i tabele; arkusze Mapa i Lejek to tylko widoki.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>What workshops added to the map: sticky notes, voting rounds and votes.</source>
        <translation>Co warsztaty dodały do mapy: karteczki, rundy głosowania i głosy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is not a regular file (a device or a pipe)</source>
        <translation>to nie jest zwykły plik (urządzenie lub potok)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>skoroszyt ma {size} MB; limit to {limit} MB</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>empty file</source>
        <translation>pusty plik</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>to nie jest skoroszyt Excela (.xlsx): plik nie jest archiwum zip</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is damaged: {error}</source>
        <translation>skoroszyt jest uszkodzony: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation>
            <numerusform>skoroszyt ma %Ln część; limit to {limit}</numerusform>
            <numerusform>skoroszyt ma %Ln części; limit to {limit}</numerusform>
            <numerusform>skoroszyt ma %Ln części; limit to {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook unpacks to {size} MB; the limit is {limit} MB (a zip bomb?)</source>
        <translation>skoroszyt po rozpakowaniu ma {size} MB; limit to {limit} MB (bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} is compressed {ratio}:1, far more than any workbook (a zip bomb?)</source>
        <translation>{part} jest skompresowany w stosunku {ratio}:1, znacznie bardziej niż jakikolwiek skoroszyt (bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} declares a DOCTYPE or entities, which workbooks never do (an entity bomb?)</source>
        <translation>{part} deklaruje DOCTYPE lub encje, czego skoroszyty nigdy nie robią (bomba encji?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the workbook declares XML entities (an entity bomb?)</source>
        <translation>skoroszyt deklaruje encje XML (bomba encji?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a readable Excel workbook (.xlsx): {error}</source>
        <translation>to nie jest czytelny skoroszyt Excela (.xlsx): {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a journeymap workbook: it has none of the sheets {names}</source>
        <translation>to nie jest skoroszyt journeymap: nie ma żadnego z arkuszy {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the sheet cannot be read: {error}</source>
        <translation>nie można odczytać arkusza: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation>
            <numerusform>ponad %Ln wiersz; to jest limit</numerusform>
            <numerusform>ponad %Ln wiersze; to jest limit</numerusform>
            <numerusform>ponad %Ln wierszy; to jest limit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a valid id: {id}</source>
        <translation>nieprawidłowy identyfikator: {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>duplicate id {id}</source>
        <translation>zduplikowany identyfikator {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <location filename="../../journeymap/util/display.py"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>%Ln elements are named {name}: write the id of the {kind} you mean</source>
        <translation>
            <numerusform>%Ln element nazywa się {name}: wpisz identyfikator elementu typu „{kind}”, o który chodzi</numerusform>
            <numerusform>%Ln elementy nazywają się {name}: wpisz identyfikator elementu typu „{kind}”, o który chodzi</numerusform>
            <numerusform>%Ln elementów nazywa się {name}: wpisz identyfikator elementu typu „{kind}”, o który chodzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>{id} is a {found}, not a {kind}</source>
        <translation>{id} to {found}, a nie {kind}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>no {kind} with the id or name {value}</source>
        <translation>brak elementu typu „{kind}” o identyfikatorze lub nazwie {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>a number is needed here, not {value}</source>
        <translation>tu potrzebna jest liczba, a nie {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the file version must be a whole number from 1 (got {value})</source>
        <translation>wersja pliku musi być liczbą całkowitą od 1 (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>written by a newer journeymap (file version {v}; this one reads up to {known}): please update</source>
        <translation>zapisany przez nowszy journeymap (wersja pliku {v}; ta wersja czyta do {known}): zaktualizuj program</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>text is longer than %Ln characters</source>
        <translation>
            <numerusform>tekst jest dłuższy niż %Ln znak</numerusform>
            <numerusform>tekst jest dłuższy niż %Ln znaki</numerusform>
            <numerusform>tekst jest dłuższy niż %Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>this lane already has a text for this stage</source>
        <translation>ten tor ma już tekst dla tego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very positive</source>
        <translation>bardzo pozytywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>positive</source>
        <translation>pozytywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>neutral</source>
        <translation>neutralne</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>negative</source>
        <translation>negatywne</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very negative</source>
        <translation>bardzo negatywne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… i %Ln więcej</numerusform>
            <numerusform>… i %Ln więcej</numerusform>
            <numerusform>… i %Ln więcej</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>{label} (average {average} of {n})</source>
        <translation>{label} (średnia {average} z {n})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>severity {n}/5</source>
        <translation>waga {n}/5</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>{pct} affected</source>
        <translation>{pct} dotkniętych</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>impact {impact}/5, effort {effort}/5, {status}</source>
        <translation>wpływ {impact}/5, nakład {effort}/5, {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>target {target}</source>
        <translation>cel {target}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>off target</source>
        <translation>poza celem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Pain points</source>
        <translation>Punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Key metrics</source>
        <translation>Kluczowe wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>A view of the map: edit the other sheets; import reads those.</source>
        <translation>Widok mapy: edytuj pozostałe arkusze; import czyta właśnie je.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Drop-off</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Share of first stage</source>
        <translation>Udział względem pierwszego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Customers per stage</source>
        <translation>Klienci na etapach</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing or empty, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>arkusza brak lub jest pusty, więc %Ln komórka wskazuje donikąd: {uses}</numerusform>
            <numerusform>arkusza brak lub jest pusty, więc %Ln komórki wskazują donikąd: {uses}</numerusform>
            <numerusform>arkusza brak lub jest pusty, więc %Ln komórek wskazuje donikąd: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>arkusza brak, więc %Ln komórka wskazuje donikąd: {uses}</numerusform>
            <numerusform>arkusza brak, więc %Ln komórki wskazują donikąd: {uses}</numerusform>
            <numerusform>arkusza brak, więc %Ln komórek wskazuje donikąd: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Journey</source>
        <translation>Podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lane texts</source>
        <translation>Teksty torów</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>format version</source>
        <translation>wersja formatu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lanes</source>
        <translation>Tory</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Flows</source>
        <translation>Przepływy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goal</source>
        <translation>cel klienta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>collapsed</source>
        <translation>zwinięty</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>color</source>
        <translation>kolor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>affected</source>
        <translation>dotkniętych</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>severity</source>
        <translation>waga</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>effort</source>
        <translation>nakład</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>impact</source>
        <translation>wpływ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>age band</source>
        <translation>przedział wieku</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>gender</source>
        <translation>płeć</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>income band</source>
        <translation>przedział dochodu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>location</source>
        <translation>lokalizacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>frustrations</source>
        <translation>frustracje</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goals</source>
        <translation>cele</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>motivations</source>
        <translation>motywacje</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>preferred channels</source>
        <translation>preferowane kanały</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>brands</source>
        <translation>marki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>platforms</source>
        <translation>platformy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>quote</source>
        <translation>cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>shops</source>
        <translation>sklepy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>sites</source>
        <translation>strony</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>attached to</source>
        <translation>dotyczy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>better</source>
        <translation>lepiej</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>target</source>
        <translation>cel</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>volume</source>
        <translation>wolumen</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>resolved</source>
        <translation>rozwiązany</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>direction</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>modified</source>
        <translation>zmodyfikowano</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>cells</source>
        <translation>komórki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>photo</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>base</source>
        <translation>wspólny przodek</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>ours</source>
        <translation>nasze</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>related</source>
        <translation>powiązany</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>theirs</source>
        <translation>ich</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participant</source>
        <translation>uczestnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participants</source>
        <translation>uczestnicy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>presenter notes</source>
        <translation>notatki prowadzącego</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>round</source>
        <translation>runda</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>votable</source>
        <translation>do głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Voting rounds</source>
        <translation>Rundy głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>round is required</source>
        <translation>runda jest wymagana</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>duplicate participant id {id!r} in this round</source>
        <translation>powtórzony identyfikator uczestnika {id!r} w tej rundzie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>line {line} column {col}</source>
        <translation>wiersz {line}, kolumna {col}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not valid JSON: {msg}</source>
        <translation>nieprawidłowy JSON: {msg}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>JSON is nested too deeply</source>
        <translation>JSON jest zbyt głęboko zagnieżdżony</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the file is {encoding} text; .journey files are UTF-8: save it as UTF-8</source>
        <translation>plik jest tekstem {encoding}; pliki .journey są w UTF-8: zapisz go jako UTF-8</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the key {key} is written more than once in this object</source>
        <translation>klucz {key} występuje w tym obiekcie więcej niż raz</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not a journeymap file (no &quot;format&quot;: &quot;journeymap&quot;)</source>
        <translation>to nie jest plik journeymap (brak &quot;format&quot;: &quot;journeymap&quot;)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>version must be a whole number from 1</source>
        <translation>wersja musi być liczbą całkowitą od 1</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>unknown field</source>
        <translation>nieznane pole</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>required field is missing</source>
        <translation>brak wymaganego pola</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>too large: {number}</source>
        <translation>za duża: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>{message} (got {value})</source>
        <translation>{message} (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>the map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <source>the whole map</source>
        <translation>cała mapa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} i %Ln więcej</numerusform>
            <numerusform>{items} i %Ln więcej</numerusform>
            <numerusform>{items} i %Ln więcej</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>cell {stage}</source>
        <translation>komórka {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place in order</source>
        <translation>miejsce w kolejności</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> on {where}</source>
        <translation> (na: {where})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> in {where}</source>
        <translation> (w: {where})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>added {what}{where}</source>
        <translation>dodano: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>removed {what}{where}</source>
        <translation>usunięto: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>reordered {what}: now {place}</source>
        <translation>zmieniono kolejność: {what}: teraz {place}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>moved {what}: {field} {before} → {after}</source>
        <translation>przeniesiono: {what}: {field} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>changed {what}: {field} {before} → {after}</source>
        <translation>zmieniono: {what}: {field} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>after {name}</source>
        <translation>po: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>first</source>
        <translation>na początku</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: {field} changed on both sides: ours {ours}, theirs {theirs}</source>
        <translation>{what}: {field} zmieniono po obu stronach: nasze {ours}, ich {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} moved to two places: ours {ours}, theirs {theirs}</source>
        <translation>{what} przeniesiono w dwa miejsca: nasze {ours}, ich {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} put at two places in order: ours {ours}, theirs {theirs}</source>
        <translation>{what} ustawiono w dwóch miejscach kolejności: nasze {ours}, ich {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in ours, changed or still used in theirs</source>
        <translation>{what}: usunięte u nas, zmienione lub wciąż używane u nich</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in theirs, changed or still used in ours</source>
        <translation>{what}: usunięte u nich, zmienione lub wciąż używane u nas</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: both sides added this id as different elements</source>
        <translation>{what}: obie strony dodały ten identyfikator jako różne elementy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: theirs wanted {field} {theirs}, which needs {related} that ours removed or changed</source>
        <translation>{what}: ich wersja chciała {field} {theirs}, co wymaga {related}, a to u nas usunięto lub zmieniono</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} from theirs needs {related}, which ours removed or changed</source>
        <translation>{what} z ich wersji wymaga {related}, a to u nas usunięto lub zmieniono</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>another element</source>
        <translation>inny element</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>map {title}</source>
        <translation>mapa {title}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>conflict [{id}]: {text}</source>
        <translation>konflikt [{id}]: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>(an image, {kb} KB)</source>
        <translation>(obraz, {kb} KB)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>line {n}</source>
        <translation>wiersz {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>reading</source>
        <translation>odczytywanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>a Mermaid journey starts with the word &apos;journey&apos;</source>
        <translation>podróż Mermaid zaczyna się od słowa &apos;journey&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>accDescr { is never closed with }</source>
        <translation>accDescr { nie jest nigdzie zamknięte przez }</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation>&apos;;&apos; jest niedozwolony w podróży Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>expected &apos;task name: score&apos; or &apos;task name: score: actor, actor&apos;</source>
        <translation>oczekiwano &apos;nazwa zadania: wynik&apos; lub &apos;nazwa zadania: wynik: aktor, aktor&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>the score {value} is not a number</source>
        <translation>wynik {value} nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>building the map</source>
        <translation>budowanie mapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Untitled journey</source>
        <translation>Podróż bez tytułu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>The whole journey</source>
        <translation>Cała podróż</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Stage {n} of {count}</source>
        <translation>Etap {n} z {count}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer goal: {goal}</source>
        <translation>Cel klienta: {goal}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers per stage, from the map&apos;s stage counts.</source>
        <translation>Klienci na etap, według liczb etapów z mapy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers through the journey</source>
        <translation>Klienci na kolejnych etapach podróży</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>From previous</source>
        <translation>Z poprzedniego</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Of all</source>
        <translation>Ze wszystkich</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Voting results: {name}</source>
        <translation>Wyniki głosowania: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (cd.)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>On, by</source>
        <translation>Gdzie, kto</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>What the room said</source>
        <translation>Co powiedziała sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln stages</source>
        <translation>
            <numerusform>%Ln etap</numerusform>
            <numerusform>%Ln etapy</numerusform>
            <numerusform>%Ln etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln punkt styku</numerusform>
            <numerusform>%Ln punkty styku</numerusform>
            <numerusform>%Ln punktów styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln pain points</source>
        <translation>
            <numerusform>%Ln punkt bólu</numerusform>
            <numerusform>%Ln punkty bólu</numerusform>
            <numerusform>%Ln punktów bólu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln szansa</numerusform>
            <numerusform>%Ln szanse</numerusform>
            <numerusform>%Ln szans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} of all</source>
        <translation>{pct} wszystkich</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>{pct} from the previous stage</source>
        <translation>{pct} z poprzedniego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>severity {n} of 5</source>
        <translation>waga {n} z 5</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>impact {impact} · effort {effort} · {status}</source>
        <translation>wpływ {impact} · nakład {effort} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>touchpoint</source>
        <translation>punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain point</source>
        <translation>punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>opportunity</source>
        <translation>szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>still open</source>
        <translation>nadal otwarta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln dots each</source>
        <translation>
            <numerusform>po %Ln kropce</numerusform>
            <numerusform>po %Ln kropki</numerusform>
            <numerusform>po %Ln kropek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>{given} of %Ln dots given</source>
        <translation>
            <numerusform>oddano {given} z %Ln kropki</numerusform>
            <numerusform>oddano {given} z %Ln kropek</numerusform>
            <numerusform>oddano {given} z %Ln kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>on “{title}”</source>
        <translation>na „{title}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no stage {id!r}</source>
        <translation>brak etapu {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no flow {id!r}</source>
        <translation>brak przepływu {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>a share is between 0 and 1, not {share}</source>
        <translation>udział mieści się między 0 a 1, a nie wynosi {share}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>flow {id!r} is not part of the flow analysis, which follows the {level} flows</source>
        <translation>przepływ {id!r} nie należy do analizy przepływów, która śledzi przepływy typu „{level}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/linear.py"/>
        <source>the flow equations have no unique solution</source>
        <translation>równania przepływów nie mają jednoznacznego rozwiązania</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Add stages to see how customers move through the journey.</source>
        <translation>Dodaj etapy, aby zobaczyć, jak klienci przechodzą przez podróż.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>How many reach “{stage}” is unknown: give the stages their customers or the flows their shares.</source>
        <translation>Nie wiadomo, ilu dociera do etapu „{stage}”: podaj liczby klientów na etapach albo udziały przepływów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered.</source>
        <translation>
            <numerusform>Na etapie „{stage}” policzono %Ln klienta: {share} tych, którzy weszli.</numerusform>
            <numerusform>Na etapie „{stage}” policzono %Ln klientów: {share} tych, którzy weszli.</numerusform>
            <numerusform>Na etapie „{stage}” policzono %Ln klientów: {share} tych, którzy weszli.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>The flow shares model {share} of entering customers reaching “{stage}”.</source>
        <translation>Według udziałów przepływów {share} wchodzących klientów dociera do etapu „{stage}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered</source>
        <translation>
            <numerusform>Na etapie „{stage}” policzono %Ln klienta: {share} tych, którzy weszli</numerusform>
            <numerusform>Na etapie „{stage}” policzono %Ln klientów: {share} tych, którzy weszli</numerusform>
            <numerusform>Na etapie „{stage}” policzono %Ln klientów: {share} tych, którzy weszli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}, as the flow shares model.</source>
        <translation>{counted}, tak jak wynika z udziałów przepływów.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}; the flow shares model {modelled}.</source>
        <translation>{counted}; z udziałów przepływów wynika {modelled}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{name}” is on {share} of the routes between touchpoints: a single point of failure</source>
        <translation>„{name}” leży na {share} tras między punktami styku: pojedynczy punkt awarii</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>betweenness centrality {value}</source>
        <translation>centralność pośrednictwa {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Stage “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>Etap „{name}” boli: %Ln punkt bólu waży {score}</numerusform>
            <numerusform>Etap „{name}” boli: %Ln punkty bólu ważą {score}</numerusform>
            <numerusform>Etap „{name}” boli: %Ln punktów bólu waży {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Channel “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>Kanał „{name}” boli: %Ln punkt bólu waży {score}</numerusform>
            <numerusform>Kanał „{name}” boli: %Ln punkty bólu ważą {score}</numerusform>
            <numerusform>Kanał „{name}” boli: %Ln punktów bólu waży {score}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>sum of severity × share affected over its pain points = {score}</source>
        <translation>suma wag × odsetka dotkniętych z jego punktów bólu = {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln of them with an unknown share affected, counted as half</source>
        <translation>
            <numerusform>%Ln z nich ma nieznany odsetek dotkniętych, liczony jako połowa</numerusform>
            <numerusform>%Ln z nich mają nieznany odsetek dotkniętych, liczony jako połowa</numerusform>
            <numerusform>%Ln z nich ma nieznany odsetek dotkniętych, liczony jako połowa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}”: severity {severity} of 5, share affected unknown</source>
        <translation>„{title}”: waga {severity} z 5, odsetek dotkniętych nieznany</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}” hurts {share} of customers, severity {severity} of 5</source>
        <translation>„{title}” dotyka {share} klientów, waga {severity} z 5</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>score: severity × share affected = {score}</source>
        <translation>wynik: waga × odsetek dotkniętych = {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{lane} na etapie {stage}: jeszcze brak punktu styku; może warto?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{stage} × {lane}: %Ln touchpoints</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln punkt styku</numerusform>
            <numerusform>{stage} × {lane}: %Ln punkty styku</numerusform>
            <numerusform>{stage} × {lane}: %Ln punktów styku</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>unreachable</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>dead end</source>
        <translation>ślepy zaułek</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>empty stage</source>
        <translation>pusty etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain without opportunity</source>
        <translation>punkt bólu bez szansy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity without owner</source>
        <translation>szansa bez właściciela</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>critical touchpoint</source>
        <translation>krytyczny punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>single point of failure</source>
        <translation>pojedynczy punkt awarii</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” cannot be reached through flows from the first stage</source>
        <translation>do „{name}” nie da się dojść przepływami od pierwszego etapu</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a dead end: customers arrive but no flow leads on</source>
        <translation>„{name}” to ślepy zaułek: klienci docierają, ale żaden przepływ nie prowadzi dalej</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>stage “{name}” has no touchpoints</source>
        <translation>etap „{name}” nie ma punktów styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain point “{name}” has no opportunity</source>
        <translation>punkt bólu „{name}” nie ma szansy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity “{name}” has no owner</source>
        <translation>szansa „{name}” nie ma właściciela</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is on many routes between other touchpoints (betweenness {value})</source>
        <translation>„{name}” leży na wielu trasach między innymi punktami styku (pośrednictwo {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a single point of failure: without it the flows fall apart</source>
        <translation>„{name}” to pojedynczy punkt awarii: bez niego przepływy się rozpadają</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/bounds.py"/>
        <source>must be a date in the years {first} to {last}</source>
        <translation>musi być datą z lat {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no {kind} {id!r}</source>
        <translation>nie znaleziono: {kind} {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>this lane holds no cards</source>
        <translation>ten tor nie zawiera kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>touchpoints go in channel lanes</source>
        <translation>punkty styku umieszcza się w torach kanałów</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <source>no element {id!r}</source>
        <translation>brak elementu {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a name cannot be empty</source>
        <translation>nazwa nie może być pusta</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>only text lanes have cell text</source>
        <translation>tylko tory tekstowe mają tekst w komórkach</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a flow cannot start and end at the same element</source>
        <translation>przepływ nie może zaczynać się i kończyć w tym samym elemencie</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>a flow links two touchpoints or two stages, not one of each</source>
        <translation>przepływ łączy dwa punkty styku albo dwa etapy, a nie po jednym z każdego</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>these two are already connected</source>
        <translation>te dwa są już połączone</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment: {error}</source>
        <translation>to nie jest fragment journeymap: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment</source>
        <translation>to nie jest fragment journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>fragment version {v!r} is not supported</source>
        <translation>wersja fragmentu {v!r} nie jest obsługiwana</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>must be a list</source>
        <translation>musi być listą</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>each cell needs a lane, a stage and a text</source>
        <translation>każda komórka potrzebuje toru, etapu i tekstu</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Lane: {name}</source>
        <translation>Tor: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Flow: {arrow}</source>
        <translation>Przepływ: {arrow}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>no conflict {id!r}</source>
        <translation>brak konfliktu {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>only a field&apos;s value can be edited</source>
        <translation>można edytować tylko wartość pola</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <location filename="../../journeymap/model/patch.py"/>
        <source>{id!r} is no longer in this map</source>
        <translation>{id!r} nie ma już w tej mapie</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>lane {name!r} still holds touchpoints; move or remove them first</source>
        <translation>tor {name!r} wciąż zawiera punkty styku; najpierw je przenieś lub usuń</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>needs {id!r}, which is not in this map</source>
        <translation>wymaga {id!r}, którego nie ma w tej mapie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/data.py"/>
        <source>missing or empty, so %Ln references point nowhere: {uses}</source>
        <translation>
            <numerusform>brak lub pusto, więc %Ln odwołanie wskazuje donikąd: {uses}</numerusform>
            <numerusform>brak lub pusto, więc %Ln odwołania wskazują donikąd: {uses}</numerusform>
            <numerusform>brak lub pusto, więc %Ln odwołań wskazuje donikąd: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>no {kind} {id}</source>
        <translation>nie znaleziono: {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>lane {id!r} is a {kind} lane; touchpoints go in channel lanes</source>
        <translation>tor {id!r} jest torem typu „{kind}”; punkty styku umieszcza się w torach kanałów</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln lanes</source>
        <translation>
            <numerusform>%Ln tor</numerusform>
            <numerusform>%Ln tory</numerusform>
            <numerusform>%Ln torów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln personas</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persony</numerusform>
            <numerusform>%Ln person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln metrics</source>
        <translation>
            <numerusform>%Ln wskaźnik</numerusform>
            <numerusform>%Ln wskaźniki</numerusform>
            <numerusform>%Ln wskaźników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln flows</source>
        <translation>
            <numerusform>%Ln przepływ</numerusform>
            <numerusform>%Ln przepływy</numerusform>
            <numerusform>%Ln przepływów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln komentarz</numerusform>
            <numerusform>%Ln komentarze</numerusform>
            <numerusform>%Ln komentarzy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {what}</source>
        <translation>Przenieś: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {kind} {name}</source>
        <translation>Przenieś: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} to {stage}</source>
        <translation>{head} do: {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {kind} {name}</source>
        <translation>Dodaj: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {what}</source>
        <translation>Dodaj: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {kind} {name}</source>
        <translation>Usuń: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {what}</source>
        <translation>Usuń: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} and {rest}</source>
        <translation>{head} oraz {rest}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {what}</source>
        <translation>Zmień: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Rename {kind} {old} → {new}</source>
        <translation>Zmień nazwę: {kind} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {kind} {name}: {fields}</source>
        <translation>Zmień: {kind} {name}: {fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>metric</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comment</source>
        <translation>komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>metrics</source>
        <translation>wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>idea</source>
        <translation>pomysł</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>planned</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>dropped</source>
        <translation>porzucone</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>web</source>
        <translation>WWW</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>social</source>
        <translation>media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>store</source>
        <translation>sklep stacjonarny</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>app</source>
        <translation>aplikacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>ads</source>
        <translation>reklamy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>word of mouth</source>
        <translation>poczta pantoflowa</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stages</source>
        <translation>etapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lanes</source>
        <translation>tory</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flows</source>
        <translation>przepływy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comments</source>
        <translation>komentarze</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflicts</source>
        <translation>konflikty</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting round</source>
        <translation>runda głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting rounds</source>
        <translation>rundy głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>vote</source>
        <translation>głos</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>votes</source>
        <translation>głosy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain</source>
        <translation>bolączka</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>question</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>not a valid stage id: {key}</source>
        <translation>nieprawidłowy identyfikator etapu: {key}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py"/>
        <source>cell text is longer than %Ln characters</source>
        <translation>
            <numerusform>tekst komórki jest dłuższy niż %Ln znak</numerusform>
            <numerusform>tekst komórki jest dłuższy niż %Ln znaki</numerusform>
            <numerusform>tekst komórki jest dłuższy niż %Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not valid base64 data</source>
        <translation>zdjęcie nie jest prawidłowymi danymi base64</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is {size} KB; the limit is {limit} KB</source>
        <translation>zdjęcie ma {size} KB; limit to {limit} KB</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not a PNG, JPEG, GIF or WebP image</source>
        <translation>zdjęcie nie jest obrazem PNG, JPEG, GIF ani WebP</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>duplicate id {id!r}</source>
        <translation>zduplikowany identyfikator {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>still referred to by {ref}.{field}</source>
        <translation>wciąż wskazuje na to {ref}.{field}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cost per acquisition</source>
        <translation>Koszt pozyskania klienta</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>£</source>
        <translation>zł</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Marketing and ad spend per new customer.</source>
        <translation>Wydatki na marketing i reklamę na jednego nowego klienta.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Ad impressions</source>
        <translation>Wyświetlenia reklam</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>impressions</source>
        <translation>wyświetlenia</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How many times ads were seen.</source>
        <translation>Ile razy reklamy zostały wyświetlone.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>conversions</source>
        <translation>konwersje</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Clicks through, sign-ups or installs.</source>
        <translation>Przejścia z kliknięć, rejestracje lub instalacje.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversion rate</source>
        <translation>Współczynnik konwersji</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of visitors who buy.</source>
        <translation>Odsetek odwiedzających, którzy kupują.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue per order (exchange value).</source>
        <translation>Przychód na zamówienie (wartość wymiany).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Purchase frequency</source>
        <translation>Częstotliwość zakupów</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>orders/year</source>
        <translation>zamówienia/rok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Orders per customer per year (transaction volume).</source>
        <translation>Zamówienia na klienta w roku (wolumen transakcji).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Email open rate</source>
        <translation>Współczynnik otwarć e-maili</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of sent emails opened.</source>
        <translation>Odsetek otwartych wysłanych e-maili.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Social engagement</source>
        <translation>Zaangażowanie w mediach społecznościowych</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Likes, comments and shares per post, as a share of reach.</source>
        <translation>Polubienia, komentarze i udostępnienia na post jako odsetek zasięgu.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Promoters minus detractors, -100 to 100.</source>
        <translation>Promotorzy minus krytycy, od -100 do 100.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satysfakcja klienta (CSAT)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average satisfaction rating.</source>
        <translation>Średnia ocena satysfakcji.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer effort score (CES)</source>
        <translation>Wskaźnik wysiłku klienta (CES)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How hard it was to get things done.</source>
        <translation>Jak trudno było załatwić sprawę.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Churn rate</source>
        <translation>Wskaźnik odejść</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers lost in the period.</source>
        <translation>Odsetek klientów utraconych w okresie.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Retention rate</source>
        <translation>Wskaźnik utrzymania</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers kept in the period.</source>
        <translation>Odsetek klientów utrzymanych w okresie.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer lifetime value</source>
        <translation>Wartość klienta w czasie (CLV)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue expected from one customer over the relationship.</source>
        <translation>Przychód oczekiwany od jednego klienta przez cały okres relacji.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cart abandonment rate</source>
        <translation>Współczynnik porzuconych koszyków</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of filled baskets never checked out.</source>
        <translation>Odsetek zapełnionych koszyków, które nigdy nie trafiły do kasy.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>New metric</source>
        <translation>Nowy wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}B</source>
        <translation>{n} mld</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}M</source>
        <translation>{n} mln</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}T</source>
        <translation>{n} bln</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}k</source>
        <translation>{n} tys.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{value} (target {target})</source>
        <translation>{value} (cel {target})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/patch.py"/>
        <source>no element {id!r} in the compared map</source>
        <translation>w porównywanej mapie nie ma elementu {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/voting.py"/>
        <source>Participant {n}</source>
        <translation>Uczestnik {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note goes on a stage or a card</source>
        <translation>notatka trafia na etap albo na kartę</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note needs some text</source>
        <translation>notatka musi mieć treść</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note becomes a pain point, an opportunity or a comment</source>
        <translation>notatka staje się punktem bólu, szansą albo komentarzem</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs a name</source>
        <translation>runda musi mieć nazwę</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs at least one participant</source>
        <translation>runda musi mieć co najmniej jednego uczestnika</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has already given %Ln dots; reset the round to give fewer</source>
        <translation>
            <numerusform>{who}: oddano już %Ln kropkę; wyzeruj rundę, by oddać mniej</numerusform>
            <numerusform>{who}: oddano już %Ln kropki; wyzeruj rundę, by oddać mniej</numerusform>
            <numerusform>{who}: oddano już %Ln kropek; wyzeruj rundę, by oddać mniej</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on touchpoints</source>
        <translation>w tej rundzie nie głosuje się na punkty styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on pain points</source>
        <translation>w tej rundzie nie głosuje się na punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on opportunities</source>
        <translation>w tej rundzie nie głosuje się na szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>round {name!r} is closed</source>
        <translation>runda {name!r} jest zamknięta</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no participant {id!r} in this round</source>
        <translation>w tej rundzie nie ma uczestnika {id!r}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has given all %Ln dots</source>
        <translation>
            <numerusform>{who}: wykorzystano już %Ln kropkę</numerusform>
            <numerusform>{who}: wykorzystano już wszystkie %Ln kropki</numerusform>
            <numerusform>{who}: wykorzystano już wszystkie %Ln kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has no dot here</source>
        <translation>{who} nie ma tu kropki</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Pain</source>
        <translation>Bolączka</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>duplicate participant id {id!r}</source>
        <translation>powtórzony identyfikator uczestnika {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>a round needs at least one kind of card to vote on</source>
        <translation>runda musi mieć co najmniej jeden rodzaj kart do głosowania</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>stage “{name}”</source>
        <translation>etap „{name}”</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>slides</source>
        <translation>slajdy</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/images.py"/>
        <source>page</source>
        <translation>strona</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{name} (continued)</source>
        <translation>{name} (cd.)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{title} · page {n} of {total}</source>
        <translation>{title} · strona {n} z {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln voting rounds</source>
        <translation>
            <numerusform>%Ln runda głosowania</numerusform>
            <numerusform>%Ln rundy głosowania</numerusform>
            <numerusform>%Ln rund głosowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln notatka</numerusform>
            <numerusform>%Ln notatki</numerusform>
            <numerusform>%Ln notatek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Voting: {name}</source>
        <translation>Głosowanie: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Notes from the room</source>
        <translation>Notatki z sali</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>none of the selected elements is drawn on the map</source>
        <translation>żaden z zaznaczonych elementów nie jest narysowany na mapie</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>scale must be between 0 and 16, not {scale}</source>
        <translation>skala musi mieścić się między 0 a 16, a nie wynosić {scale}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>the image would be {w} x {h} pixels; use a smaller scale</source>
        <translation>obraz miałby {w} x {h} pikseli; użyj mniejszej skali</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>a framed picture shows the whole map, not a selection</source>
        <translation>obraz w ramce pokazuje całą mapę, a nie zaznaczenie</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>Customer journey map drawn by journeymap</source>
        <translation>Mapa podróży klienta narysowana w journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>unknown page size {size!r}: use fit, A4, A3, A1 or A0</source>
        <translation>nieznany rozmiar strony {size!r}: użyj fit, A4, A3, A1 lub A0</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py"/>
        <source>%Ln open comment(s):</source>
        <translation>
            <numerusform>%Ln otwarty komentarz:</numerusform>
            <numerusform>%Ln otwarte komentarze:</numerusform>
            <numerusform>%Ln otwartych komentarzy:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>assumed</source>
        <translation>założenie</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>observed</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>proposed</source>
        <translation>propozycja</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>impact {impact} · effort {effort}</source>
        <translation>wpływ {impact} · nakład {effort}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/emotion.py"/>
        <source>Emotion: from very negative (bottom) to very positive (top)</source>
        <translation>Emocje: od bardzo negatywnych (dół) do bardzo pozytywnych (góra)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/flows.py"/>
        <source>loop</source>
        <translation>pętla</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} from previous stage</source>
        <translation>{pct} z poprzedniego etapu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln dots in “{round}”: {who}</source>
        <translation>
            <numerusform>%Ln kropka w „{round}”: {who}</numerusform>
            <numerusform>%Ln kropki w „{round}”: {who}</numerusform>
            <numerusform>%Ln kropek w „{round}”: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln notes from the workshop:</source>
        <translation>
            <numerusform>%Ln notatka z warsztatu:</numerusform>
            <numerusform>%Ln notatki z warsztatu:</numerusform>
            <numerusform>%Ln notatek z warsztatu:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>page {n} of {pages}</source>
        <translation>strona {n} z {pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Does</source>
        <translation>Robi</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Thinks</source>
        <translation>Myśli</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Feels</source>
        <translation>Czuje</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Touchpoint · {lane}</source>
        <translation>Punkt styku · {lane}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Pain point</source>
        <translation>Punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>impact {i} · effort {e} · {status}</source>
        <translation>wpływ {i} · nakład {e} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>on {card}</source>
        <translation>na {card}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/slides/overview.py"/>
        <source>notes from the room</source>
        <comment>the words beside a count of sticky notes</comment>
        <translation>
            <numerusform>notatka z sali</numerusform>
            <numerusform>notatki z sali</numerusform>
            <numerusform>notatek z sali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>EMOTION</source>
        <translation>EMOCJE</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen to present on</source>
        <translation>nie ma ekranu do prezentacji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen {n}; this computer has %Ln screens</source>
        <translation>
            <numerusform>nie ma ekranu {n}; ten komputer ma %Ln ekran</numerusform>
            <numerusform>nie ma ekranu {n}; ten komputer ma %Ln ekrany</numerusform>
            <numerusform>nie ma ekranu {n}; ten komputer ma %Ln ekranów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>the file is over the limit of {limit} MB</source>
        <translation>plik przekracza limit {limit} MB</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the menu entry</source>
        <translation>pozycja w menu</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the file type {type}</source>
        <translation>typ plików {type}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the application icon</source>
        <translation>ikona aplikacji</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the icon of .journey files</source>
        <translation>ikona plików .journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>brak ekranu: nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>cannot reach the display {named}</source>
        <translation>nie można połączyć się z ekranem {named}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{folder}: not in a git repository (run it inside one, or use --global)</source>
        <translation>{folder}: to nie jest repozytorium gita (uruchom w repozytorium albo użyj --global)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>set the {driver} merge and diff drivers in git&apos;s {scope} config</source>
        <translation>ustawiono sterowniki scalania i różnic {driver} w konfiguracji gita ({scope})</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>added {line!r} to {path}</source>
        <translation>dodano {line!r} do {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{path} already has {line!r}</source>
        <translation>{path} ma już {line!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed [{section}] from git&apos;s {scope} config</source>
        <translation>usunięto [{section}] z konfiguracji gita ({scope})</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed {line!r} from {path}</source>
        <translation>usunięto {line!r} z {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>nothing to remove: git was not set up for maps here</source>
        <translation>nie ma czego usuwać: git nie był tu ustawiony dla map</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>global</source>
        <translation>globalnej</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>repository</source>
        <translation>repozytorium</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git is not installed (or not on PATH)</source>
        <translation>git nie jest zainstalowany (albo nie ma go w PATH)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git {args} failed: {error}</source>
        <translation>git {args} nie powiódł się: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source> → </source>
        <comment>between the steps of a path; points the way the language reads</comment>
        <translation> → </translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the system does not allow it</source>
        <translation>system na to nie pozwala</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>a part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>no space left on the disk</source>
        <translation>na dysku nie ma już miejsca</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>exists already</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the file name is too long</source>
        <translation>nazwa pliku jest za długa</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lanes</source>
        <translation>Tory</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain point</source>
        <translation>Punkt bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain points</source>
        <translation>Punkty bólu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metric</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flow</source>
        <translation>Przepływ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flows</source>
        <translation>Przepływy</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Obrazy ({patterns});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” does not exist or is not a file.</source>
        <translation>„{name}” nie istnieje albo nie jest plikiem.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is too large ({mb} MB); choose an image under {limit} MB.</source>
        <translation>„{name}” jest za duży ({mb} MB); wybierz obraz mniejszy niż {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is still {kb} KB after scaling; the limit is {limit} KB.</source>
        <translation>„{name}” po przeskalowaniu ma nadal {kb} KB; limit to {limit} KB.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is {w} x {h} pixels; the largest image accepted is {max} pixels a side.</source>
        <translation>„{name}” ma {w} x {h} pikseli; największy dopuszczalny obraz ma {max} pikseli na bok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is not an image this program can read ({reason}).</source>
        <translation>„{name}” nie jest obrazem, który ten program potrafi odczytać ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>no persona {id!r}</source>
        <translation>brak persony {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>personas can be assigned to touchpoints and pain points only</source>
        <translation>persony można przypisywać tylko do punktów styku i punktów bólu</translation>
    </message>
</context>
</TS>
