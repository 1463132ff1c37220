<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Presentation</source>
        <translation>Sunum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Voting: {round} · {who} · %Ln dots left</source>
        <translation>
            <numerusform>Oylama: {round} · {who} · %Ln nokta kaldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Note on: {where}</source>
        <translation>Not: {where}</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New touchpoint</source>
        <translation>Yeni temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New pain point</source>
        <translation>Yeni sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New opportunity</source>
        <translation>Yeni fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New card</source>
        <translation>Yeni kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add card</source>
        <translation>Kart ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage and a channel lane first</source>
        <translation>Önce bir aşama ve bir kanal kulvarı ekleyin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Pain points</source>
        <translation>Sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Opportunities</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage first</source>
        <translation>Önce bir aşama ekleyin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add lane</source>
        <translation>Kulvar ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add stage</source>
        <translation>Aşama ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New stage</source>
        <translation>Yeni aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New lane</source>
        <translation>Yeni kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add comment</source>
        <translation>Yorum ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Edit cell</source>
        <translation>Hücreyi düzenle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Assign persona</source>
        <translation>Persona ata</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move cards</source>
        <translation>Kartları taşı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move lane</source>
        <translation>Kulvarı taşı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move stage</source>
        <translation>Aşamayı taşı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Connect</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Set emotion</source>
        <translation>Duyguyu belirle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Change emotion</source>
        <translation>Duyguyu değiştir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Cut</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Select a cell to paste into</source>
        <translation>Yapıştırmak için bir hücre seçin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>What did the room say? Enter adds it</source>
        <translation>Odadakiler ne dedi? Enter ile ekleyin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Pain</source>
        <translation>Sıkıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
</context>
<context>
    <name>CellTextEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/inline_editor.py"/>
        <source>Ctrl+Enter to finish, Esc to cancel</source>
        <translation>Bitirmek için Ctrl+Enter, iptal için Esc</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>No differences: the two maps mean the same.</source>
        <translation>Fark yok: iki harita aynı şeyi söylüyor.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>Apply Changes</source>
        <translation>Değişiklikleri uygula</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Show resolved</source>
        <translation>Çözülenleri göster</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>By</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>On</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Tick when resolved</source>
        <translation>Çözülünce işaretleyin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>the whole map</source>
        <translation>haritanın tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Reopen comment</source>
        <translation>Yorumu yeniden aç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Resolve comment</source>
        <translation>Yorumu çözüldü say</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete comment</source>
        <translation>Yorumu sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
</context>
<context>
    <name>CompareAction</name>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare &amp;With…</source>
        <translation>Ka&amp;rşılaştır…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Show the differences between this map and another file</source>
        <translation>Bu harita ile başka bir dosya arasındaki farkları göster</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare with</source>
        <translation>Karşılaştırılacak dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Cannot compare with {name}</source>
        <translation>{name} ile karşılaştırılamıyor</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in the other map (added there)</source>
        <translation>yalnızca diğer haritada (orada eklenmiş)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in your map (a ghost: removed there)</source>
        <translation>yalnızca sizin haritanızda (hayalet: orada kaldırılmış)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>changed, moved or reordered</source>
        <translation>değişti, taşındı ya da yeniden sıralandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Compare with {name}</source>
        <translation>{name} ile karşılaştırma</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take into My Map</source>
        <translation>Haritama al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Make this change in your map (Undo takes it back)</source>
        <translation>Bu değişikliği haritanızda yapın (Geri al geri döndürür)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take All</source>
        <translation>Tümünü al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>From your map to {name}: {summary}</source>
        <translation>Haritanızdan {name} dosyasına: {summary}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take from {name}: {change}</source>
        <translation>{name} dosyasından al: {change}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take all from {name}</source>
        <translation>{name} dosyasından tümünü al</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep Ours</source>
        <translation>Bizimkini koru</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take Theirs</source>
        <translation>Onlarınkini al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Leave the map as it is now and close the conflict</source>
        <translation>Haritayı şimdiki haliyle bırak ve çakışmayı kapat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Put their value in the map (bringing back what it needs)</source>
        <translation>Onların değerini haritaya koy (gerektirdiklerini de geri getirerek)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>or type a value of your own</source>
        <translation>ya da kendi değerinizi yazın</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Use This Value</source>
        <translation>Bu değeri kullan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>No merge conflicts in this map.</source>
        <translation>Bu haritada birleştirme çakışması yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.</source>
        <translation>
            <numerusform>%Ln çözülmemiş birleştirme çakışması: bizimkini koruyun, onlarınkini alın ya da bir değer yazın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Ours (in the map now)</source>
        <translation>Bizimki (şu an haritada)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Theirs</source>
        <translation>Onlarınki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Base</source>
        <translation>Ortak ata</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>(not in the map)</source>
        <translation>(haritada yok)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>after {name}</source>
        <translation>{name} sonrasında</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>first</source>
        <translation>ilk sırada</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep ours: {what}</source>
        <translation>Bizimkini koru: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take theirs: {what}</source>
        <translation>Onlarınkini al: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Resolve: {what}</source>
        <translation>Çöz: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages or channel lanes yet.</source>
        <translation>Henüz aşama ya da kanal kulvarı yok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{stage} aşamasında {lane}: henüz temas noktası yok; bir tane gerekir mi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln temas noktası</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Stage</source>
        <translation>&amp;Aşama ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Lane</source>
        <translation>K&amp;ulvar ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touc&amp;hpoint</source>
        <translation>&amp;Temas noktası ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pa&amp;in Point</source>
        <translation>&amp;Sıkıntılı nokta ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Opportunity</source>
        <translation>&amp;Fırsat ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>Yoru&amp;m ekle…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Card &amp;Here</source>
        <translation>&amp;Buraya kart ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Edit Cell Text</source>
        <translation>Hücre metnini &amp;düzenle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Re&amp;name</source>
        <translation>Yeniden a&amp;dlandır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Delete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Paste</source>
        <translation>Yapı&amp;ştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Select &amp;All</source>
        <translation>Tümü&amp;nü seç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Fit Map</source>
        <translation>Haritayı &amp;sığdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit the map&apos;s width to the window; scroll to see the rest</source>
        <translation>Haritanın genişliğini pencereye sığdır; gerisini görmek için kaydırın</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit &amp;Whole Map</source>
        <translation>&amp;Tüm haritayı sığdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Actual Size (100%)</source>
        <translation>Gerçek boyut (%100)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Happier</source>
        <translation>Duyguyu olumlu yöne kaydır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Sadder</source>
        <translation>Duyguyu olumsuz yöne kaydır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Comment</source>
        <translation>Yorum ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Comment on the selection (or on the whole map):</source>
        <translation>Seçime (ya da haritanın tamamına) yorum:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pain Point &amp;Here</source>
        <translation>&amp;Buraya sıkıntılı nokta ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Opportunity &amp;Here</source>
        <translation>&amp;Buraya fırsat ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touchpoint &amp;Here</source>
        <translation>&amp;Buraya temas noktası ekle</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook or Mermaid Journey…</source>
        <translation>Excel çalışma kitabı ya da Mermaid yolculuğu…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook (.xlsx)…</source>
        <translation>Excel çalışma kitabı (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image (PNG, SVG, PDF)…</source>
        <translation>Görüntü (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Mermaid Journey (.mmd)…</source>
        <translation>Mermaid yolculuğu (.mmd)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Touchpoints as CSV…</source>
        <translation>CSV olarak temas noktaları…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Slides for a Workshop (.pptx)…</source>
        <translation>Atölye İçin Slaytlar (.pptx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workshop Handout (PDF)…</source>
        <translation>Atölye Dağıtım Notu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copy as &amp;Image</source>
        <translation>&amp;Görüntü olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Import a map</source>
        <translation>Harita içe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workbooks and Mermaid journeys ({p})</source>
        <translation>Çalışma kitapları ve Mermaid yolculukları ({p})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}…</source>
        <translation>{name} içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}: {{step}}</source>
        <translation>{name} içe aktarılıyor: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot import {name}</source>
        <translation>{name} içe aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exported {name}</source>
        <translation>{name} dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}…</source>
        <translation>{name} dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}: {{step}}</source>
        <translation>{name} dışa aktarılıyor: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot copy the image</source>
        <translation>Görüntü kopyalanamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copied the map as an image</source>
        <translation>Harita görüntü olarak kopyalandı</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>this field cannot be edited</source>
        <translation>bu alan düzenlenemez</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not set</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a number</source>
        <translation>bir sayı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a whole number</source>
        <translation>bir tam sayı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not {wanted}</source>
        <translation>“{text}” {wanted} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>e.g. 25% (not set)</source>
        <translation>ör. %25 (belirtilmedi)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not a share: type 0% to 100%, or 0 to 1</source>
        <translation>“{text}” bir pay değil: %0 ile %100 arası ya da 0 ile 1 arası yazın</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not a date and time like 2025-01-31T14:00:00+00:00</source>
        <translation>2025-01-31T14:00:00+00:00 biçiminde bir tarih ve saat değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a colour…</source>
        <translation>Renk seçin…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a photo</source>
        <translation>Fotoğraf seçin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Görüntüler (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Yolculuk haritaları (*{suffix});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <location filename="../../journeymap/app.py"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot use this template</source>
        <translation>Bu şablon kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Open journey map</source>
        <translation>Yolculuk haritası aç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import instead?</source>
        <translation>Bunun yerine içe aktarılsın mı?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is an Excel workbook, not a journey map.</source>
        <translation>“{name}” bir yolculuk haritası değil, bir Excel çalışma kitabı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is a Mermaid journey, not a journey map.</source>
        <translation>“{name}” bir yolculuk haritası değil, bir Mermaid yolculuğu.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import it as a new, untitled map? The file itself is not changed.</source>
        <translation>Yeni, adsız bir harita olarak içe aktarılsın mı? Dosyanın kendisi değişmez.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot open {name}</source>
        <translation>{name} açılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Save journey map as</source>
        <translation>Yolculuk haritasını farklı kaydet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Opened read-only</source>
        <translation>Salt okunur açıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{name} is open elsewhere: save your version under another name.</source>
        <translation>{name} başka bir yerde açık: kendi sürümünüzü başka bir adla kaydedin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot save</source>
        <translation>Kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} yazılamadı: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Find on the map</source>
        <translation>Haritada bul</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Önceki eşleşme (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Next match (Enter)</source>
        <translation>Sonraki eşleşme (Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>FlowOptions</name>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>F&amp;lows</source>
        <translation>A&amp;kışlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;All Flows</source>
        <translation>&amp;Tüm akışlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw every flow between cards</source>
        <translation>Kartlar arasındaki tüm akışları çiz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;Selected Cards’ Flows</source>
        <translation>&amp;Seçili kartların akışları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw only the flows of the selected cards</source>
        <translation>Yalnızca seçili kartların akışlarını çiz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;No Flows</source>
        <translation>&amp;Akış yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw no flows between cards</source>
        <translation>Kartlar arasında akış çizme</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages yet.</source>
        <translation>Henüz aşama yok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>customers unknown</source>
        <translation>müşteri sayısı bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>conversion unknown</source>
        <translation>dönüşüm bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>entry</source>
        <translation>giriş</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{conversion} of the stage before · {drop}</source>
        <translation>önceki aşamanın {conversion} kadarı · {drop}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{text} · the largest drop</source>
        <translation>{text} · en büyük düşüş</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lost} lost since the previous stage</source>
        <translation>önceki aşamadan bu yana {lost} kayıp</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{name}: {customers} customers, {share} of those who entered</source>
        <translation>{name}: {customers} müşteri, girenlerin {share} kadarı</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/history.py"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;açıldı&gt;</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image options</source>
        <translation>Görüntü seçenekleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Transparent background</source>
        <translation>Saydam arka plan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fit the map</source>
        <translation>Haritaya sığdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Tile a large map across pages (poster; A3 pages with Fit the map)</source>
        <translation>Büyük haritayı sayfalara böl (poster; Haritaya sığdır ile A3 sayfalar)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Only the selected elements</source>
        <translation>Yalnızca seçili öğeler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>As the map is drawn</source>
        <translation>Harita çizildiği gibi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 16:9 slide</source>
        <translation>16:9 slaytı doldur</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 4:3 slide</source>
        <translation>4:3 slaytı doldur</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Scale:</source>
        <translation>Ölçek:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Shape:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Page size:</source>
        <translation>Sayfa boyutu:</translation>
    </message>
</context>
<context>
    <name>ImportChangesAction</name>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel Workbook…</source>
        <translation>Bir Excel çalışma kitabındaki değişiklikler…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bring the edits made to an exported workbook into this map</source>
        <translation>Dışa aktarılmış bir çalışma kitabında yapılan düzenlemeleri bu haritaya getir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel workbook</source>
        <translation>Bir Excel çalışma kitabındaki değişiklikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Cannot import {name}</source>
        <translation>{name} içe aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>No changes</source>
        <translation>Değişiklik yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>{name} holds no changes to this map.</source>
        <translation>{name} bu haritada hiçbir değişiklik içermiyor.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bringing {name} into this map makes these changes:</source>
        <translation>{name} dosyasını bu haritaya getirmek şu değişiklikleri yapar:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from {name}</source>
        <translation>{name} dosyasındaki değişiklikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Import changes from {name}</source>
        <translation>{name} dosyasındaki değişiklikleri içe aktar</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The numbers shown are from before the last edit</source>
        <translation>Gösterilen sayılar son düzenlemeden öncesine ait</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>What if one flow’s share changed?</source>
        <translation>Bir akışın payı değişse ne olur?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>share</source>
        <translation>pay</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Omnichannel coverage</source>
        <translation>Çok kanallı kapsama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The insights could not be computed: {problem}</source>
        <translation>İçgörüler hesaplanamadı: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>{covered} of the stage × channel cells have a touchpoint; %Ln open cell(s) to consider.</source>
        <translation>
            <numerusform>Aşama × kanal hücrelerinin {covered} kadarında temas noktası var; değerlendirilecek %Ln açık hücre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Top paths to “{stage}”</source>
        <translation>“{stage}” aşamasına en sık yollar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No path: the flows have no shares, or none reaches the stage.</source>
        <translation>Yol yok: akışların payı yok ya da hiçbiri aşamaya ulaşmıyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Open cells to consider (%Ln)</source>
        <translation>
            <numerusform>Değerlendirilecek açık hücreler (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Pain hot spots</source>
        <translation>Sıkıntı yoğunlaşan noktalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Loops back (%Ln)</source>
        <translation>
            <numerusform>Geri dönüşler (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>… and %Ln more like these</source>
        <translation>
            <numerusform>… ve bunlar gibi %Ln tane daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Structural problems (%Ln)</source>
        <translation>
            <numerusform>Yapısal sorunlar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Oylar: {name} ({state}, {given}/%Ln nokta)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No dots given yet.</source>
        <translation>Henüz nokta verilmedi.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The map has no flows to try.</source>
        <translation>Haritada denenecek akış yok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Computing…</source>
        <translation>Hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion is unknown: give the flows their shares.</source>
        <translation>Dönüşüm bilinmiyor: akışlara paylarını girin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion: {before} → {after} ({points} points). The map is not changed.</source>
        <translation>Dönüşüm: {before} → {after} ({points} puan). Harita değişmedi.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Insights</source>
        <translation>İçgörüler</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Negative</source>
        <translation>Olumsuz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Neutral</source>
        <translation>Nötr</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Positive</source>
        <translation>Olumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very negative</source>
        <translation>Çok olumsuz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very positive</source>
        <translation>Çok olumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Not set</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>one per line</source>
        <translation>her satıra bir tane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>comma, separated</source>
        <translation>virgülle, ayrılmış</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer goal</source>
        <translation>Müşteri hedefi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Presenter notes</source>
        <translation>Sunucu notları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Collapsed</source>
        <translation>Daraltılmış</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Display</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lane</source>
        <translation>Kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>Duygu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer action</source>
        <translation>Müşteri eylemi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Thoughts</source>
        <translation>Düşünceler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Severity (1–5)</source>
        <translation>Önem derecesi (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share affected</source>
        <translation>Etkilenen payı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Touchpoints</source>
        <translation>Temas noktaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Impact (1–5)</source>
        <translation>Etki (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Effort (1–5)</source>
        <translation>Çaba (1–5)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Answers pain points</source>
        <translation>Yanıtladığı sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Income</source>
        <translation>Gelir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frustrations</source>
        <translation>Hayal kırıklıkları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Motivations</source>
        <translation>Motivasyonlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Preferred channels</source>
        <translation>Tercih edilen kanallar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Shops</source>
        <translation>Mağazalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Websites</source>
        <translation>Web siteleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Platforms</source>
        <translation>Platformlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Brands</source>
        <translation>Markalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Attached to</source>
        <translation>Bağlı olduğu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>The whole journey</source>
        <translation>Yolculuğun tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Better when</source>
        <translation>Daha iyi olduğu durum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>From</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>To</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Volume</source>
        <translation>Hacim</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Cell: {stage}</source>
        <translation>Hücre: {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Reading direction</source>
        <translation>Okuma yönü</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Last saved</source>
        <translation>Son kayıt</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>%Ln elements selected</source>
        <translation>
            <numerusform>%Ln öğe seçili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Select one element to edit its fields.</source>
        <translation>Alanlarını düzenlemek için tek bir öğe seçin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Journey</source>
        <translation>Yolculuk</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Nothing selected: these are the facts of the whole map.</source>
        <translation>Hiçbir şey seçili değil: bunlar haritanın tamamına ait bilgiler.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Edit {field}</source>
        <translation>{field} düzenle</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../journeymap/ui/canvas/view.py"/>
        <source>Drag to reorder stages · Shift+drag onto another stage to draw a flow</source>
        <translation>Aşamaları sıralamak için sürükleyin · akış çizmek için Shift ile başka bir aşamanın üzerine sürükleyin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Opening {name}…</source>
        <translation>{name} açılıyor…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} — journeymap</source>
        <translation>{name} — journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Inspector</source>
        <translation>Özellikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Outline</source>
        <translation>Ana hat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} (read-only)</source>
        <translation>{name} (salt okunur)</translation>
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
        <translation>Harita kullanımda</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>“{name}” is open by {user} on {host} since {when}.</source>
        <translation>“{name}”, {when} tarihinden beri {host} üzerinde {user} tarafından açık.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>If you both save it, one of you overwrites the other&apos;s changes. Open it read-only to look (you can save a copy under another name), or open it anyway to edit it.</source>
        <translation>İkiniz de kaydederseniz biriniz diğerinin değişikliklerinin üzerine yazar. Bakmak için salt okunur açın (başka bir adla kopya kaydedebilirsiniz) ya da düzenlemek için yine de açın.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Read-Only</source>
        <translation>Salt okunur aç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Anyway</source>
        <translation>Yine de aç</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../journeymap/ui/canvas/overlays.py"/>
        <source>Canvas message</source>
        <translation>Tuval iletisi</translation>
    </message>
</context>
<context>
    <name>MetricsDelegate</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Higher is better</source>
        <translation>Yüksek olması iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lower is better</source>
        <translation>Düşük olması iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Whole journey</source>
        <translation>Yolculuğun tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Stage: {name}</source>
        <translation>Aşama: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lane: {name}</source>
        <translation>Kulvar: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Touchpoint: {name}</source>
        <translation>Temas noktası: {name}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Custom metric</source>
        <translation>Özel metrik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete the selected metrics</source>
        <translation>Seçili metrikleri sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric</source>
        <translation>Metrik ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add a metric to the selected stage, lane or touchpoint</source>
        <translation>Seçili aşamaya, kulvara ya da temas noktasına metrik ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric “{name}”</source>
        <translation>“{name}” metriğini ekle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete %Ln metrics</source>
        <translation>
            <numerusform>%Ln metriği sil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete metric</source>
        <translation>Metriği sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Metrics</source>
        <translation>Metrikler</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Attached to</source>
        <translation>Bağlı olduğu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Better</source>
        <translation>Daha iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Whole journey</source>
        <translation>Yolculuğun tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lane</source>
        <translation>Kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Touchpoint</source>
        <translation>Temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Higher</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lower</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No target</source>
        <translation>Hedef yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No value</source>
        <translation>Değer yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Off target</source>
        <translation>Hedefin dışında</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>On target</source>
        <translation>Hedefte</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Give both a value and a target to compare them.</source>
        <translation>Karşılaştırmak için hem değer hem hedef girin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>higher is better</source>
        <translation>yüksek olması iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>lower is better</source>
        <translation>düşük olması iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{status}: {value} against a target of {target} ({direction})</source>
        <translation>{status}: {target} hedefine karşı {value} ({direction})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Edit metric {field}</source>
        <translation>Metrik düzenle: {field}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: “{text}” bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field} cannot be empty.</source>
        <translation>{field} boş olamaz.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind: use lower-case letters, digits and _ (like “repeat_rate”).</source>
        <translation>Tür: küçük harf, rakam ve _ kullanın (“repeat_rate” gibi).</translation>
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
        <translation>Yazan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>On</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>No notes yet. While presenting (View &gt; Present), N captures what the room says.</source>
        <translation>Henüz not yok. Sunum sırasında (Görünüm &gt; Sun) N tuşu odadakilerin söylediklerini kaydeder.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain Point</source>
        <translation>Sıkıntılı Nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Opportunity</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn the selected notes into:</source>
        <translation>Seçili notları şuna dönüştür:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain</source>
        <translation>Sıkıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete Notes</source>
        <translation>Notları Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Pain Points</source>
        <translation>Notları Sıkıntılı Noktalara Dönüştür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Opportunities</source>
        <translation>Notları Fırsatlara Dönüştür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Comments</source>
        <translation>Notları Yorumlara Dönüştür</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>Filter…</source>
        <translation>Süz…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>{kind} in {stage}</source>
        <translation>{stage} içinde {kind}</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Age band</source>
        <translation>&amp;Yaş aralığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Gender</source>
        <translation>&amp;Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Income band</source>
        <translation>&amp;Gelir aralığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Location</source>
        <translation>&amp;Konum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Frustrations</source>
        <translation>Hayal kırıklıkları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Motivations</source>
        <translation>Motivasyonlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Preferred channels</source>
        <translation>Tercih edilen kanallar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Shops</source>
        <translation>Mağazalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Websites</source>
        <translation>Web siteleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Platforms</source>
        <translation>Platformlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Brands</source>
        <translation>Markalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Quote</source>
        <translation>A&amp;lıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>One per line</source>
        <translation>Her satıra bir tane</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>In their own words</source>
        <translation>Kendi sözleriyle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Separated by commas</source>
        <translation>Virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Social</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>App</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Ads</source>
        <translation>Reklamlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Word of mouth</source>
        <translation>Kulaktan kulağa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose colour…</source>
        <translation>Renk seç…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Use a colour picked from the persona&apos;s id</source>
        <translation>Personanın kimliğinden seçilen bir renk kullan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose photo…</source>
        <translation>Fotoğraf seç…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Remove photo</source>
        <translation>Fotoğrafı kaldır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Edit persona “{name}”</source>
        <translation>“{name}” personasını düzenle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>This cannot be empty.</source>
        <translation>Bu boş olamaz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Çok uzun: en fazla %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too many entries: at most %Ln.</source>
        <translation>
            <numerusform>Çok fazla giriş: en fazla %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Persona colour</source>
        <translation>Persona rengi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose a photo</source>
        <translation>Fotoğraf seçin</translation>
    </message>
</context>
<context>
    <name>PersonaImportDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from “{name}”</source>
        <translation>“{name}” dosyasından persona içe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas to import:</source>
        <translation>İçe aktarılacak personalar:</translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Create a persona</source>
        <translation>Persona oluştur</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate the selected personas</source>
        <translation>Seçili personaları çoğalt</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete the selected personas and take them off every card</source>
        <translation>Seçili personaları sil ve tüm kartlardan kaldır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy the selected personas</source>
        <translation>Seçili personaları kopyala</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas copied from a map</source>
        <translation>Bir haritadan kopyalanan personaları yapıştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from another .journey file</source>
        <translation>Başka bir .journey dosyasından persona içe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from file…</source>
        <translation>Dosyadan persona içe aktar…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New persona</source>
        <translation>Yeni persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopya)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate personas</source>
        <translation>Personaları çoğalt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete %Ln personas</source>
        <translation>
            <numerusform>%Ln personayı sil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete persona</source>
        <translation>Personayı sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copied %Ln persona(s).</source>
        <translation>
            <numerusform>%Ln persona kopyalandı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>The clipboard holds no personas.</source>
        <translation>Panoda persona yok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas</source>
        <translation>Personaları yapıştır</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Added %Ln persona(s).</source>
        <translation>
            <numerusform>%Ln persona eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from</source>
        <translation>Personaların alınacağı dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Yolculuk haritaları (*.journey);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Cannot import from “{name}”: {error}</source>
        <translation>“{name}” dosyasından içe aktarılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>“{name}” has no personas.</source>
        <translation>“{name}” içinde persona yok.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas</source>
        <translation>Persona içe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>System language ({name})</source>
        <translation>Sistem dili ({name})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Menus, panels, numbers and dates follow the interface language. Each map keeps its own language and reading direction (set them in the inspector when nothing is selected); exports use the map&apos;s.</source>
        <translation>Menüler, paneller, sayılar ve tarihler arayüz dilini izler. Her harita kendi dilini ve okuma yönünü korur (hiçbir şey seçili değilken Özellikler panelinden ayarlanır); dışa aktarmalar haritanın dilini kullanır.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
</context>
<context>
    <name>PresentActions</name>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>P&amp;resent</source>
        <translation>Su&amp;n</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present from This &amp;Stage</source>
        <translation>Bu &amp;Aşamadan Sun</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Show the map to a room, stage by stage, full screen</source>
        <translation>Haritayı odaya aşama aşama, tam ekranda gösterin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Go to a stage (or zoom to a card) to capture a note on it.</source>
        <translation>Not eklemek için bir aşamaya gidin (ya da bir karta yakınlaşın).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Capture Note</source>
        <translation>Not Ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Open a voting round first (Workshop panel, or the console&apos;s Votes).</source>
        <translation>Önce bir oylama turu açın (Atölye paneli ya da konsoldaki Oylar).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Click a card to give it a dot.</source>
        <translation>Nokta vermek için bir karta tıklayın.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Give Dot</source>
        <translation>Nokta Ver</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Take Dot Back</source>
        <translation>Noktayı Geri Al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter console</source>
        <translation>Sunucu konsolu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Voting (V)</source>
        <translation>Oylama (V)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter notes</source>
        <translation>Sunucu notları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Elapsed</source>
        <translation>Geçen</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Left</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Clock</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Capture (N)</source>
        <translation>Not ekle (N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Vote</source>
        <translation>Oyla</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The end</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{where}   ({n} of {total})</source>
        <translation>{where}   ({n}/{total})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>(no presenter notes for this view)</source>
        <translation>(bu görünüm için sunucu notu yok)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Note on: {where}</source>
        <translation>Not: {where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Go to a stage to capture notes</source>
        <translation>Not eklemek için bir aşamaya gidin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The whole map</source>
        <translation>Haritanın tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{name}, page {n} of {pages}</source>
        <translation>{name}, sayfa {n}/{pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>No round shown</source>
        <translation>Tur gösterilmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> (closed)</source>
        <translation> (kapalı)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{who}: %Ln dots left</source>
        <translation>
            <numerusform>{who}: %Ln nokta kaldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Persona lens (L): {name}</source>
        <translation>Persona merceği (L): {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next view</source>
        <translation>sonraki görünüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>previous view</source>
        <translation>önceki görünüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>the whole map</source>
        <translation>haritanın tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>go to that stage</source>
        <translation>o aşamaya git</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>black screen</source>
        <translation>siyah ekran</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>capture a note</source>
        <translation>not ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>voting on or off</source>
        <translation>oylamayı aç ya da kapat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next participant</source>
        <translation>sonraki katılımcı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>give / take back a dot</source>
        <translation>nokta ver / geri al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>persona lens</source>
        <translation>persona merceği</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>light or dark</source>
        <translation>açık ya da koyu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>leave</source>
        <translation>çık</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln sorun bulundu. Hiçbir şey değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation>
            <numerusform>{path} içinde %Ln sorun var. Hiçbir şey değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Copy all</source>
        <translation>Tümünü kopyala</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Recover unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı kurtar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>journeymap did not close properly last time. These maps had unsaved changes:</source>
        <translation>journeymap geçen sefer düzgün kapanmadı. Bu haritalarda kaydedilmemiş değişiklikler vardı:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Discard all</source>
        <translation>Tümünü at</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>never saved</source>
        <translation>hiç kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>{title} — {where} (autosaved {when})</source>
        <translation>{title} — {where} (otomatik kayıt: {when})</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Change Voting Round</source>
        <translation>Oylama Turunu Değiştir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>New Voting Round</source>
        <translation>Yeni Oylama Turu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>What matters most</source>
        <translation>En önemli olan ne</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour (#rrggbb)</source>
        <translation>Renk (#rrggbb)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take Out</source>
        <translation>Çıkar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take the selected people out of the round</source>
        <translation>Seçili kişileri turdan çıkar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour…</source>
        <translation>Renk…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>How many people</source>
        <translation>Kaç kişi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Dots each</source>
        <translation>Kişi başı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Vote on</source>
        <translation>Oylanacaklar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participant&apos;s Colour</source>
        <translation>Katılımcının Rengi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>“{colour}” is not a colour: write it as #rrggbb, or leave it empty</source>
        <translation>“{colour}” bir renk değil: #rrggbb biçiminde yazın ya da boş bırakın</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Tick at least one kind of card to vote on.</source>
        <translation>Oylanacak en az bir kart türünü işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>a round needs a name</source>
        <translation>turun bir adı olmalı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>This takes back %Ln dots already given: {people}.</source>
        <translation>
            <numerusform>Bu, verilmiş %Ln noktayı geri alır: {people}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>The round picked here is the one whose dots the canvas shows</source>
        <translation>Burada seçilen tur, noktaları tuvalde gösterilen turdur</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Dots</source>
        <translation>Nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Round…</source>
        <translation>Yeni Tur…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change…</source>
        <translation>Değiştir…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Rename the round, change who votes, their colours and dots</source>
        <translation>Turu yeniden adlandırın; kimin oy vereceğini, renklerini ve noktalarını değiştirin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source> (closed)</source>
        <translation> (kapalı)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>On the canvas: the dots of “{round}”</source>
        <translation>Tuvalde: “{round}” turunun noktaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>No voting round yet: New Round… opens one.</source>
        <translation>Henüz oylama turu yok: Yeni Tur… bir tane açar.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>{given} of %Ln dots given. {people}</source>
        <translation>
            <numerusform>{given}/%Ln nokta verildi. {people}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Voting Round</source>
        <translation>Yeni Oylama Turu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change Voting Round</source>
        <translation>Oylama Turunu Değiştir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close Round</source>
        <translation>Turu Kapat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen Round</source>
        <translation>Turu Yeniden Aç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset Round</source>
        <translation>Turu Sıfırla</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete Round</source>
        <translation>Turu Sil</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>New map from a template</source>
        <translation>Şablondan yeni harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>Create</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>{title}

{description}

Stages: {stages}
Lanes: {lanes}</source>
        <translation>{title}

{description}

Aşamalar: {stages}
Kulvarlar: {lanes}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;New from Template…</source>
        <translation>Şablondan &amp;yeni…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Close</source>
        <translation>Ka&amp;pat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Quit</source>
        <translation>Çıkı&amp;ş</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;About journeymap</source>
        <translation>journeymap &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Persona</source>
        <translation>Persona ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Metric</source>
        <translation>Metrik ekle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open &amp;Recent</source>
        <translation>S&amp;on kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Export</source>
        <translation>D&amp;ışa aktar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Emotion Curve per Persona</source>
        <translation>Persona başına &amp;duygu eğrisi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Draw one emotion curve for each persona (up to five)</source>
        <translation>Her persona için bir duygu eğrisi çiz (en fazla beş)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneller</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Clear the List</source>
        <translation>Listeyi temizle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona lens: fade what does not apply to the chosen persona</source>
        <translation>Persona merceği: seçilen personaya uymayanları soluklaştır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Lane</source>
        <translation>Kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Touchpoint</source>
        <translation>Temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Pain point</source>
        <translation>Sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Opportunity</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>All personas</source>
        <translation>Tüm personalar</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Votes</source>
        <translation>Oylar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Workshop</source>
        <translation>Atölye</translation>
    </message>
</context>
<context>
    <name>ZoomField</name>
    <message>
        <location filename="../../journeymap/ui/window/zoom_field.py"/>
        <source>Zoom: click to type one (Ctrl+0 fits the map&apos;s width)</source>
        <translation>Yakınlaştırma: bir değer yazmak için tıklayın (Ctrl+0 harita genişliğine sığdırır)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Kapatmadan önce “{name}” haritasındaki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Kaydetmezseniz son kayıttan bu yana yaptığınız değişiklikler kaybolur.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>File changed on disk</source>
        <translation>Dosya diskte değişti</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>“{name}”, siz açtıktan sonra başka bir program tarafından değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload it (your unsaved changes are lost), or overwrite it with your version (theirs is lost).</source>
        <translation>Yeniden yükleyin (kaydedilmemiş değişiklikleriniz kaybolur) ya da kendi sürümünüzle üzerine yazın (onlarınki kaybolur).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload</source>
        <translation>Yeniden yükle</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Overwrite</source>
        <translation>Üzerine yaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A desktop editor for customer journey maps: stages, touchpoints, emotions, pain points, opportunities, personas and metrics, kept as open .journey files.&lt;/p&gt;&lt;p&gt;Works offline: journeymap never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;Müşteri yolculuğu haritaları için bir masaüstü düzenleyici: aşamalar, temas noktaları, duygular, sıkıntılı noktalar, fırsatlar, personalar ve metrikler, açık .journey dosyalarında.&lt;/p&gt;&lt;p&gt;Çevrimdışı çalışır: journeymap ağı asla kullanmaz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>About journeymap</source>
        <translation>journeymap hakkında</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Left to right</source>
        <translation>Soldan sağa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Right to left</source>
        <translation>Sağdan sola</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>App</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Ads</source>
        <translation>Reklamlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Social</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Word of mouth</source>
        <translation>Kulaktan kulağa</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>Duygu</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Pain points</source>
        <translation>Sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Opportunities</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Metrics</source>
        <translation>Metrikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Observed</source>
        <translation>Gözlemlendi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Assumed</source>
        <translation>Varsayıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Proposed</source>
        <translation>Önerildi</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frontstage</source>
        <translation>Sahne önü</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Backstage</source>
        <translation>Sahne arkası</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Dropped</source>
        <translation>Bırakıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Higher</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lower</source>
        <translation>Düşük</translation>
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
        <translation>journeymap [FILE ...]          her FILE&apos;ı düzenleyicinin ayrı bir penceresinde aç
       journeymap KOMUT [ARGÜMANLAR ...]  haritalarla düzenleyicisiz çalış (KOMUT --help)
       journeymap --version</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Draw customer journey maps. With no command, opens the editor: one window for each FILE.journey given (an .xlsx or .mmd file is offered for import), else the last map. The editor needs a graphical session; every COMMAND works without one. Works offline; never uses the network.</source>
        <translation>Müşteri yolculuğu haritaları çizin. Komut verilmezse düzenleyiciyi açar: verilen her FILE.journey için bir pencere (.xlsx ya da .mmd dosyası içe aktarılmak üzere önerilir), hiçbiri verilmezse son harita. Düzenleyici grafik bir oturum ister; her KOMUT onsuz da çalışır. Çevrimdışı çalışır; ağı asla kullanmaz.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show the version and exit</source>
        <translation>sürümü göster ve çık</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>KOMUT</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>usage: </source>
        <translation>kullanım: </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>positional arguments</source>
        <translation>konumsal bağımsız değişkenler</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show this help message and exit</source>
        <translation>bu yardım iletisini göster ve çık</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show program&apos;s version number and exit</source>
        <translation>programın sürümünü göster ve çık</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: hata: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the following arguments are required: %s</source>
        <translation>şu bağımsız değişkenler gerekli: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: %s</source>
        <translation>tanınmayan bağımsız değişkenler: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>geçersiz seçim: %(value)r (şunlardan seçin: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s bağımsız değişkeni: %(message)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>geçersiz %(type)s değeri: %(value)r</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected one argument</source>
        <translation>bir bağımsız değişken bekleniyordu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at most one argument</source>
        <translation>en fazla bir bağımsız değişken bekleniyordu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at least one argument</source>
        <translation>en az bir bağımsız değişken bekleniyordu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>not allowed with argument %s</source>
        <translation>%s bağımsız değişkeniyle birlikte kullanılamaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>one of the arguments %s is required</source>
        <translation>şu bağımsız değişkenlerden biri gerekli: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: {args}</source>
        <translation>tanınmayan bağımsız değişkenler: {args}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>internal error: {error}</source>
        <translation>iç hata: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{options}: the editor takes only FILE arguments; options go after a COMMAND</source>
        <translation>{options}: düzenleyici yalnızca FILE argümanları alır; seçenekler bir KOMUT&apos;tan sonra gelir</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the editor needs a graphical session ({reason}).</source>
        <translation>düzenleyici grafik bir oturum gerektirir ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Every command works without one: {commands}</source>
        <translation>Her komut onsuz da çalışır: {commands}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>(journeymap --help lists them; journeymap COMMAND --help tells more).</source>
        <translation>(journeymap --help hepsini listeler; journeymap KOMUT --help daha fazlasını anlatır).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is an Excel workbook, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>bir harita değil, bir Excel çalışma kitabı; şununla haritaya dönüştürün: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is a Mermaid journey, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>bir harita değil, bir Mermaid yolculuğu; şununla haritaya dönüştürün: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln stages are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln aşamanın adı {name!r}; birinin kimliğini verin: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: %Ln personanın adı {name!r}; birinin kimliğini verin: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no stage {name!r}; the stages are: {names}</source>
        <translation>{option}: {name!r} adlı bir aşama yok; aşamalar: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no persona {name!r}; the personas are: {names}</source>
        <translation>{option}: {name!r} adlı bir persona yok; personalar: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the output file name is empty</source>
        <translation>çıktı dosyasının adı boş</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is a folder; give a file name</source>
        <translation>{out}: bir klasör; bir dosya adı verin</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is the input file; write to another name</source>
        <translation>{out}: girdi dosyasının kendisi; başka bir ada yazın</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: exists already (use --force to overwrite)</source>
        <translation>{out}: zaten var (üzerine yazmak için --force kullanın)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>show what changed between two maps</source>
        <translation>iki harita arasında neyin değiştiğini göster</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>Compare two .journey files element by element: added, removed, changed, moved and reordered elements and the map&apos;s own fields. Exit 0: the same map; 1: different; 2: error.</source>
        <translation>İki .journey dosyasını öğe öğe karşılaştırır: eklenen, kaldırılan, değişen, taşınan ve yeniden sıralanan öğeler ile haritanın kendi alanları. Çıkış 0: aynı harita; 1: farklı; 2: hata.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the older map</source>
        <translation>eski harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the newer map</source>
        <translation>yeni harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>print the changes as JSON</source>
        <translation>değişiklikleri JSON olarak yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>write a map as Excel, Mermaid, CSV, an image, slides or a handout</source>
        <translation>bir haritayı Excel, Mermaid, CSV, görsel, slayt ya da dağıtım notu olarak yaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>Write FILE as OUT; the format comes from OUT&apos;s suffix: {suffixes}.</source>
        <translation>FILE&apos;ı OUT olarak yazar; biçim OUT&apos;un uzantısından anlaşılır: {suffixes}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the .journey file</source>
        <translation>.journey dosyası</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the file to write</source>
        <translation>yazılacak dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: image scale; default 1</source>
        <translation>PNG: görüntü ölçeği; varsayılan 1</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: print resolution instead of a scale (96 = scale 1)</source>
        <translation>PNG: ölçek yerine baskı çözünürlüğü (96 = ölçek 1)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>only what concerns this persona (id or name)</source>
        <translation>yalnızca bu personayı ilgilendirenler (kimlik ya da ad)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF page size</source>
        <translation>PDF sayfa boyutu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: tile a large map across pages of --page-size, A3 when that is fit (the default)</source>
        <translation>PDF: büyük haritayı --page-size boyutunda sayfalara böl; o fit ise (varsayılan) A3</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: transparent background</source>
        <translation>PNG: saydam arka plan</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG, SVG: lay the whole map out to fill a picture of this shape (a slide&apos;s)</source>
        <translation>PNG, SVG: haritanın tamamını bu biçimdeki (bir slaytınki gibi) bir resmi dolduracak şekilde yerleştir</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: the workshop handout (a cover, a page per stage, the results) on A4 landscape</source>
        <translation>PDF: atölye dağıtım notu (kapak, her aşamaya bir sayfa, sonuçlar), yatay A4</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>overwrite OUT if it exists</source>
        <translation>OUT varsa üzerine yaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {sizes}</source>
        <translation>şunlardan birini seçin: {sizes}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {frames}</source>
        <translation>şunlardan birini seçin: {frames}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--scale must be from {low} to {high}</source>
        <translation>--scale {low} ile {high} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--dpi must be from {low:g} to {high:g}</source>
        <translation>--dpi {low:g} ile {high:g} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for the handout; ignored</source>
        <translation>not: {options}: dağıtım notunda kullanılmaz; yok sayıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for {suffix} files; ignored</source>
        <translation>not: {options}: {suffix} dosyalarında kullanılmaz; yok sayıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: --tile: the pages are A3; --page-size A4, A1 or A0 chooses others</source>
        <translation>not: --tile: sayfalar A3; --page-size A4, A1 ya da A0 başkasını seçer</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>exporting</source>
        <translation>dışa aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{out}: cannot write: {error}</source>
        <translation>{out}: yazılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>wrote {out}</source>
        <translation>{out} yazıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>let git merge and diff .journey maps</source>
        <translation>git&apos;in .journey haritalarını birleştirmesini ve karşılaştırmasını sağla</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>Write the .gitattributes line and the git config for journeymap&apos;s merge driver (three-way merge, conflicts kept in the map) and diff driver (changes in words). Safe to run again; --remove takes it back out.</source>
        <translation>journeymap&apos;in birleştirme sürücüsü (üç yönlü birleştirme, çakışmalar haritada tutulur) ve fark sürücüsü (değişiklikler sözcüklerle) için .gitattributes satırını ve git yapılandırmasını yazar. Yeniden çalıştırmak güvenlidir; --remove hepsini geri alır.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>for all your repositories, not just this one</source>
        <translation>yalnızca bu değil, tüm depolarınız için</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>remove the settings instead</source>
        <translation>bunun yerine ayarları kaldır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>journeymap git-setup: {error}</source>
        <translation>journeymap git-setup: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>make a .journey file from an Excel workbook or a Mermaid journey</source>
        <translation>bir Excel çalışma kitabından ya da Mermaid yolculuğundan .journey dosyası oluştur</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>Read IN (.xlsx or .mmd) and write it as OUT.journey.</source>
        <translation>IN&apos;i (.xlsx ya da .mmd) okur ve OUT.journey olarak yazar.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the .xlsx or .mmd file to read</source>
        <translation>okunacak .xlsx ya da .mmd dosyası</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the map to write</source>
        <translation>yazılacak harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>{out}: the file name must end in .journey</source>
        <translation>{out}: dosya adı .journey ile bitmeli</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>add journeymap to your desktop: menu entry, .journey file type, icons</source>
        <translation>journeymap&apos;i masaüstünüze ekle: menü girdisi, .journey dosya türü, simgeler</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>Put a menu entry, the application/x-journey file type (*.journey files, and files that start with the journeymap header) and the icons in your data folder ($XDG_DATA_HOME, else ~/.local/share), so that a file manager shows .journey files with their icon and a double-click opens them in journeymap. Only your account changes.</source>
        <translation>Bir menü girdisini, application/x-journey dosya türünü (*.journey dosyaları ve journeymap başlığıyla başlayan dosyalar) ve simgeleri veri klasörünüze ($XDG_DATA_HOME, yoksa ~/.local/share) koyar; böylece dosya yöneticisi .journey dosyalarını kendi simgeleriyle gösterir ve çift tıklama onları journeymap&apos;te açar. Yalnızca sizin hesabınız değişir.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>take them away again</source>
        <translation>bunları yeniden kaldır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>removed {path}</source>
        <translation>{path} kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>nothing to remove in {folder}</source>
        <translation>{folder} içinde kaldırılacak bir şey yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>wrote {path} ({role})</source>
        <translation>{path} yazıldı ({role})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>refreshed the desktop&apos;s caches with {commands}</source>
        <translation>masaüstü önbellekleri {commands} ile yenilendi</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>{command} is missing, so the file type takes effect only once it runs: apt-get install {package}</source>
        <translation>{command} eksik; bu yüzden dosya türü ancak o çalıştığında etkinleşir: apt-get install {package}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>note: {command} is missing (apt-get install {package}); desktops refresh without it, later</source>
        <translation>not: {command} eksik (apt-get install {package}); masaüstleri onsuz da, daha sonra yenilenir</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>journeymap now opens .journey files from the file manager; it starts {command}</source>
        <translation>journeymap artık .journey dosyalarını dosya yöneticisinden açar; {command} komutunu başlatır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>three-way merge of maps</source>
        <translation>haritaların üç yönlü birleştirilmesi</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>Merge the changes OURS and THEIRS made to BASE into OUT. Conflicts keep ours and are recorded in OUT, to be resolved in the editor. Exit 0: clean; 1: conflicts; 2: error.</source>
        <translation>OURS ve THEIRS&apos;ün BASE üzerinde yaptığı değişiklikleri OUT içinde birleştirir. Çakışmalarda bizimki korunur ve düzenleyicide çözülmek üzere OUT&apos;a kaydedilir. Çıkış 0: temiz; 1: çakışma; 2: hata.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the common ancestor (an empty file: none)</source>
        <translation>ortak ata (boş dosya: yok)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the merged map to write</source>
        <translation>yazılacak birleştirilmiş harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the map&apos;s name in messages (git passes it)</source>
        <translation>iletilerde haritanın adı (git verir)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>print only the conflicts</source>
        <translation>yalnızca çakışmaları yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: conflict: {text}</source>
        <translation>{name}: çakışma: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them</source>
        <translation>
            <numerusform>{name}: haritada %Ln çakışma tutuldu; çözmek için journeymap ile açın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: merged cleanly</source>
        <translation>{name}: sorunsuz birleştirildi</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>must be 1 or more, not {value}</source>
        <translation>1 ya da daha büyük olmalı, {value} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>present a map to a room, full screen, stage by stage</source>
        <translation>bir haritayı odaya tam ekranda, aşama aşama sun</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>Present FILE full screen: the whole map, each stage, the whole map again. Keys: Right/Left, PageDown/PageUp, Space, Home/End, a stage&apos;s number, B or . (black screen), N (capture a note), V (vote), Esc (leave).</source>
        <translation>FILE&apos;ı tam ekranda sunar: haritanın tamamı, her aşama, yine haritanın tamamı. Tuşlar: Sağ/Sol, PageDown/PageUp, Boşluk, Home/End, bir aşamanın numarası, B ya da . (siyah ekran), N (not ekle), V (oyla), Esc (çık).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>show the room screen N (1 is the first)</source>
        <translation>oda ekranı olarak N&apos;inci ekranı kullan (1 ilkidir)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>start at stage N (1 is the first)</source>
        <translation>N&apos;inci aşamadan başla (1 ilkidir)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>the countdown on the console (default 30)</source>
        <translation>konsoldaki geri sayım (varsayılan 30)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{file}: the map has no stages to present</source>
        <translation>{file}: haritada sunulacak aşama yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/present.py"/>
        <source>--stage {n}: the map has %Ln stages</source>
        <translation>
            <numerusform>--stage {n}: haritada %Ln aşama var</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>print the JSON Schema of .journey files</source>
        <translation>.journey dosyalarının JSON Şemasını yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>Print the JSON Schema of the current .journey format, or write it to FILE. It checks types and ranges; &apos;journeymap validate&apos; also checks references.</source>
        <translation>Geçerli .journey biçiminin JSON Şemasını yazdırır ya da FILE&apos;a yazar. Türleri ve aralıkları denetler; &apos;journeymap validate&apos; başvuruları da denetler.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>write the schema to FILE instead</source>
        <translation>şemayı bunun yerine FILE&apos;a yaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>overwrite FILE if it exists</source>
        <translation>FILE varsa üzerine yaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>print a map as plain text</source>
        <translation>bir haritayı düz metin olarak yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>Print a .journey map as text: each element with its fields, in the map&apos;s order.</source>
        <translation>Bir .journey haritasını metin olarak yazdırır: her öğe alanlarıyla, haritadaki sırasıyla.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>for git: print a file that is not a valid map as it is, instead of failing</source>
        <translation>git için: geçerli harita olmayan bir dosyayı hata vermek yerine olduğu gibi yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>(not a valid map: {problem})</source>
        <translation>(geçerli bir harita değil: {problem})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>counts and insights of a map</source>
        <translation>bir haritanın sayıları ve içgörüleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>print JSON instead of tables</source>
        <translation>tablolar yerine JSON yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the stage that counts as conversion, by name or id (default: the stage named like purchase)</source>
        <translation>dönüşüm sayılan aşama, adıyla ya da kimliğiyle (varsayılan: satın alma gibi adlandırılmış aşama)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>also show the conversion if flow FLOW had share SHARE (0 to 1)</source>
        <translation>FLOW akışının payı SHARE olsaydı dönüşümü de göster (0 ile 1 arası)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>--what-if wants FLOW=SHARE, for example f1=0.8, not {text!r}</source>
        <translation>--what-if FLOW=SHARE bekler, örneğin f1=0.8; {text!r} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>count</source>
        <translation>sayı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>element</source>
        <translation>öğe</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per stage</source>
        <translation>Aşama başına</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>customers</source>
        <translation>müşteri</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>opportunities</source>
        <translation>fırsatlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>pain points</source>
        <translation>sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stage</source>
        <translation>aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>touchpoints</source>
        <translation>temas noktaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per lane</source>
        <translation>Kulvar başına</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lane</source>
        <translation>kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>conversion</source>
        <translation>dönüşüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>drop-off</source>
        <translation>kayıp oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>lost</source>
        <translation>kaybedilen</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>share</source>
        <translation>pay</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from stage</source>
        <translation>çıkış aşaması</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>loop back (flow)</source>
        <translation>geri dönüş (akış)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to stage</source>
        <translation>varış aşaması</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis</source>
        <translation>Akış analizi</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no flows to analyse</source>
        <translation>haritada analiz edilecek akış yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>none of the {level} flows has a share: no numbers to compute</source>
        <translation>{level} akışlarının hiçbirinin payı yok: hesaplanacak sayı yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis over the {level} flows; conversion to “{target}”: {value}</source>
        <translation>{level} akışları üzerinden akış analizi; “{target}” aşamasına dönüşüm: {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>reached</source>
        <translation>ulaşan</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Most travelled paths to “{target}”</source>
        <translation>“{target}” aşamasına en çok izlenen yollar</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>path</source>
        <translation>yol</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>probability</source>
        <translation>olasılık</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>What if flow {flow} had share {new} (now {old}): conversion {before} → {after}</source>
        <translation>{flow} akışının payı {new} olsaydı (şu an {old}): dönüşüm {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flows (their ids are what --what-if FLOW=SHARE takes)</source>
        <translation>Akışlar (kimlikleri --what-if FLOW=SHARE&apos;in aldığı değerdir)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flow</source>
        <translation>akış</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage</source>
        <translation>Çok kanallı kapsama</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no channel lanes</source>
        <translation>haritada kanal kulvarı yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>{empty} of {cells} cells empty (shown as –)</source>
        <translation>{cells} hücreden {empty} tanesi boş (– ile gösterilir)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage (touchpoints per stage and channel)</source>
        <translation>Çok kanallı kapsama (aşama ve kanal başına temas noktası)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>affected unknown</source>
        <translation>etkilenen bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>score</source>
        <translation>puan</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Pain hot spots (severity × share affected)</source>
        <translation>Sıkıntı yoğunlaşan noktalar (önem × etkilenen payı)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>pain points on no channel: score {score}</source>
        <translation>hiçbir kanalda olmayan sıkıntılı noktalar: puan {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no structural problems found</source>
        <translation>yapısal sorun bulunmadı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>message</source>
        <translation>ileti</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>Oylar: {name} ({state}, {given}/%Ln nokta)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>card</source>
        <translation>kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>dots</source>
        <translation>nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>voters</source>
        <translation>oy verenler</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no dots yet</source>
        <translation>henüz nokta yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>list the map templates</source>
        <translation>harita şablonlarını listele</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>create a map from a template</source>
        <translation>şablondan harita oluştur</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>template name (see &apos;journeymap templates&apos;)</source>
        <translation>şablon adı (bkz. &apos;journeymap templates&apos;)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the new map&apos;s title</source>
        <translation>yeni haritanın başlığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the file to create</source>
        <translation>oluşturulacak dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the template&apos;s language (default: the language of the locale, {language})</source>
        <translation>şablonun dili (varsayılan: yerel ayarın dili, {language})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <location filename="../../journeymap/formats/templates.py"/>
        <source>no template {name!r}; known: {known}</source>
        <translation>{name!r} adlı şablon yok; bilinenler: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>created {out} from template {name}</source>
        <translation>{out}, {name} şablonundan oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>check .journey files</source>
        <translation>.journey dosyalarını denetle</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>Check .journey files; print FILE: location: message for every problem.</source>
        <translation>.journey dosyalarını denetler; her sorun için FILE: konum: ileti yazdırır.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>print only problems</source>
        <translation>yalnızca sorunları yazdır</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>unresolved merge conflict: {text}</source>
        <translation>çözülmemiş birleştirme çakışması: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>{file}: valid</source>
        <translation>{file}: geçerli</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>image export is not available in this installation ({error})</source>
        <translation>bu kurulumda görüntü dışa aktarma kullanılamıyor ({error})</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>drawing</source>
        <translation>çiziliyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>writing</source>
        <translation>yazılıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>byte {n}</source>
        <translation>{n}. bayt</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not UTF-8 text</source>
        <translation>UTF-8 metin değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Excel workbooks</source>
        <translation>Excel çalışma kitapları</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Mermaid journeys</source>
        <translation>Mermaid yolculukları</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>CSV files</source>
        <translation>CSV dosyaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PNG image</source>
        <translation>PNG görüntüsü</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>SVG drawing</source>
        <translation>SVG çizimi</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PowerPoint presentations</source>
        <translation>PowerPoint sunuları</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>cannot tell the format; use one of {known}</source>
        <translation>biçim anlaşılamıyor; şunlardan birini kullanın: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>can import {suffixes} and {last} files</source>
        <translation>{suffixes} ve {last} dosyaları içe aktarılabilir</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>id</source>
        <translation>kimlik</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>lane id</source>
        <translation>kulvar kimliği</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>stage id</source>
        <translation>aşama kimliği</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>action</source>
        <translation>eylem</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>thoughts</source>
        <translation>düşünceler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>emotion</source>
        <translation>duygu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>evidence</source>
        <translation>kanıt</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>layer</source>
        <translation>katman</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>owner</source>
        <translation>sorumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>personas</source>
        <translation>personalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>tags</source>
        <translation>etiketler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice</source>
        <translation>kayıtlı sonucu olmayan bir formül: değeri yazın ya da çalışma kitabını Excel veya LibreOffice&apos;te açıp kaydedin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a row has more than %Ln cells</source>
        <translation>
            <numerusform>bir satırda %Ln hücreden fazlası var</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>unknown cell type {kind}</source>
        <translation>bilinmeyen hücre türü {kind}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>the cell refers to a shared text that the workbook does not have</source>
        <translation>hücre, çalışma kitabında olmayan paylaşılan bir metne başvuruyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a date cell holds {value}, which is no date</source>
        <translation>bir tarih hücresinde tarih olmayan {value} var</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a number cell holds {value}, which is no number</source>
        <translation>bir sayı hücresinde sayı olmayan {value} var</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a TRUE/FALSE cell holds {value}</source>
        <translation>bir DOĞRU/YANLIŞ hücresinde {value} var</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} is required</source>
        <translation>{field} gerekli</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} must be {low}..{high} (got {value})</source>
        <translation>{field} {low}..{high} aralığında olmalı (gelen: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: too large: {number}</source>
        <translation>{field}: çok büyük: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message} (got {value})</source>
        <translation>{field}: {message} (gelen: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>saving</source>
        <translation>kaydediliyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer journey map</source>
        <translation>Müşteri yolculuğu haritası</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>field</source>
        <translation>alan</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>value</source>
        <translation>değer</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>Import reads this sheet and the tables; the Map and Funnel sheets are views.</source>
        <translation>İçe aktarma bu sayfayı ve tabloları okur; Harita ve Huni sayfaları yalnızca görünümdür.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>What workshops added to the map: sticky notes, voting rounds and votes.</source>
        <translation>Atölyelerin haritaya eklediği: yapışkan notlar, oylama turları ve oylar.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is a folder, not a file</source>
        <translation>bir klasör, dosya değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is not a regular file (a device or a pipe)</source>
        <translation>normal bir dosya değil (bir aygıt ya da boru)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>çalışma kitabı {size} MB; sınır {limit} MB</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>empty file</source>
        <translation>boş dosya</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>Excel çalışma kitabı (.xlsx) değil: dosya bir zip arşivi değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is damaged: {error}</source>
        <translation>çalışma kitabı bozuk: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation>
            <numerusform>çalışma kitabında %Ln parça var; sınır {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook unpacks to {size} MB; the limit is {limit} MB (a zip bomb?)</source>
        <translation>çalışma kitabı açılınca {size} MB oluyor; sınır {limit} MB (zip bombası mı?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} is compressed {ratio}:1, far more than any workbook (a zip bomb?)</source>
        <translation>{part} {ratio}:1 oranında sıkıştırılmış, hiçbir çalışma kitabında olmayacak kadar çok (zip bombası mı?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} declares a DOCTYPE or entities, which workbooks never do (an entity bomb?)</source>
        <translation>{part} bir DOCTYPE ya da varlık bildiriyor; çalışma kitapları bunu asla yapmaz (varlık bombası mı?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the workbook declares XML entities (an entity bomb?)</source>
        <translation>çalışma kitabı XML varlıkları bildiriyor (varlık bombası mı?)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a readable Excel workbook (.xlsx): {error}</source>
        <translation>okunabilir bir Excel çalışma kitabı (.xlsx) değil: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a journeymap workbook: it has none of the sheets {names}</source>
        <translation>journeymap çalışma kitabı değil: şu sayfaların hiçbiri yok: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the sheet cannot be read: {error}</source>
        <translation>sayfa okunamıyor: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation>
            <numerusform>%Ln satırdan fazla; sınır bu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a valid id: {id}</source>
        <translation>geçerli bir kimlik değil: {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>duplicate id {id}</source>
        <translation>yinelenen kimlik {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <location filename="../../journeymap/util/display.py"/>
        <source> or </source>
        <translation> ya da </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>%Ln elements are named {name}: write the id of the {kind} you mean</source>
        <translation>
            <numerusform>%Ln öğenin adı {name}: kastettiğiniz {kind} öğesinin kimliğini yazın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>{id} is a {found}, not a {kind}</source>
        <translation>{id} bir {found}; {kind} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>no {kind} with the id or name {value}</source>
        <translation>kimliği ya da adı {value} olan {kind} yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>a number is needed here, not {value}</source>
        <translation>burada bir sayı gerekiyor, {value} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the file version must be a whole number from 1 (got {value})</source>
        <translation>dosya sürümü 1&apos;den başlayan bir tam sayı olmalı (gelen: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>written by a newer journeymap (file version {v}; this one reads up to {known}): please update</source>
        <translation>daha yeni bir journeymap ile yazılmış (dosya sürümü {v}; bu sürüm en fazla {known} okuyabiliyor): lütfen güncelleyin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>text is longer than %Ln characters</source>
        <translation>
            <numerusform>metin %Ln karakterden uzun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>this lane already has a text for this stage</source>
        <translation>bu kulvarda bu aşama için zaten bir metin var</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very positive</source>
        <translation>çok olumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>positive</source>
        <translation>olumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>neutral</source>
        <translation>nötr</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>negative</source>
        <translation>olumsuz</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very negative</source>
        <translation>çok olumsuz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ve %Ln tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>{label} (average {average} of {n})</source>
        <translation>{label} ({n} değerin ortalaması {average})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>severity {n}/5</source>
        <translation>önem {n}/5</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>{pct} affected</source>
        <translation>{pct} etkileniyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>impact {impact}/5, effort {effort}/5, {status}</source>
        <translation>etki {impact}/5, çaba {effort}/5, {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>target {target}</source>
        <translation>hedef {target}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>off target</source>
        <translation>hedefin dışında</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Pain points</source>
        <translation>Sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Opportunities</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Key metrics</source>
        <translation>Temel metrikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>A view of the map: edit the other sheets; import reads those.</source>
        <translation>Haritanın bir görünümü: diğer sayfaları düzenleyin; içe aktarma onları okur.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Conversion</source>
        <translation>Dönüşüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Drop-off</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Share of first stage</source>
        <translation>İlk aşamaya oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Customers per stage</source>
        <translation>Aşama başına müşteriler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing or empty, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>sayfa eksik ya da boş; bu yüzden %Ln hücre hiçbir yeri göstermiyor: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>sayfa eksik; bu yüzden %Ln hücre hiçbir yeri göstermiyor: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Journey</source>
        <translation>Yolculuk</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lane texts</source>
        <translation>Kulvar metinleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Photos</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Workshop</source>
        <translation>Atölye</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>format version</source>
        <translation>biçim sürümü</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Stages</source>
        <translation>Aşamalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lanes</source>
        <translation>Kulvarlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Touchpoints</source>
        <translation>Temas noktaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>Metrics</source>
        <translation>Metrikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Flows</source>
        <translation>Akışlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goal</source>
        <translation>amaç</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>collapsed</source>
        <translation>daraltılmış</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>color</source>
        <translation>renk</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>affected</source>
        <translation>etkilenen</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>severity</source>
        <translation>önem</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>effort</source>
        <translation>çaba</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>impact</source>
        <translation>etki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>age band</source>
        <translation>yaş aralığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>gender</source>
        <translation>cinsiyet</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>income band</source>
        <translation>gelir aralığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>location</source>
        <translation>konum</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>frustrations</source>
        <translation>hayal kırıklıkları</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goals</source>
        <translation>amaçlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>motivations</source>
        <translation>motivasyonlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>preferred channels</source>
        <translation>tercih edilen kanallar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>brands</source>
        <translation>markalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>platforms</source>
        <translation>platformlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>quote</source>
        <translation>alıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>shops</source>
        <translation>mağazalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>sites</source>
        <translation>siteler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>attached to</source>
        <translation>bağlı olduğu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>better</source>
        <translation>daha iyi</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>unit</source>
        <translation>birim</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>period</source>
        <translation>dönem</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>volume</source>
        <translation>hacim</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>author</source>
        <translation>yazar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>created</source>
        <translation>oluşturulma</translation>
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
        <translation>çözüldü</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>direction</source>
        <translation>yön</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>modified</source>
        <translation>değiştirilme</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>cells</source>
        <translation>hücreler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>photo</source>
        <translation>fotoğraf</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>base</source>
        <translation>ortak ata</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>ours</source>
        <translation>bizimki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>reason</source>
        <translation>neden</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>related</source>
        <translation>ilgili</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>theirs</source>
        <translation>onlarınki</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participant</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participants</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>presenter notes</source>
        <translation>sunucu notları</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>round</source>
        <translation>tur</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>votable</source>
        <translation>oylanabilir</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Votes</source>
        <translation>Oylar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Voting rounds</source>
        <translation>Oylama turları</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>round is required</source>
        <translation>tur zorunludur</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>duplicate participant id {id!r} in this round</source>
        <translation>bu turda yinelenen katılımcı kimliği {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>line {line} column {col}</source>
        <translation>satır {line} sütun {col}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not valid JSON: {msg}</source>
        <translation>geçerli JSON değil: {msg}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>JSON is nested too deeply</source>
        <translation>JSON çok derin iç içe</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the file is {encoding} text; .journey files are UTF-8: save it as UTF-8</source>
        <translation>dosya {encoding} metni; .journey dosyaları UTF-8&apos;dir: UTF-8 olarak kaydedin</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the key {key} is written more than once in this object</source>
        <translation>{key} anahtarı bu nesnede birden çok kez yazılmış</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not a journeymap file (no &quot;format&quot;: &quot;journeymap&quot;)</source>
        <translation>journeymap dosyası değil (&quot;format&quot;: &quot;journeymap&quot; yok)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>version must be a whole number from 1</source>
        <translation>sürüm 1&apos;den başlayan bir tam sayı olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>unknown field</source>
        <translation>bilinmeyen alan</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>required field is missing</source>
        <translation>gerekli alan eksik</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>must not be empty</source>
        <translation>boş olmamalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>too large: {number}</source>
        <translation>çok büyük: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>{message} (got {value})</source>
        <translation>{message} (gelen: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>the map</source>
        <translation>harita</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <source>the whole map</source>
        <translation>haritanın tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} ve %Ln tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>cell {stage}</source>
        <translation>{stage} hücresi</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place in order</source>
        <translation>sıradaki yer</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> on {where}</source>
        <translation> ({where} üzerinde)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> in {where}</source>
        <translation> ({where} içinde)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>added {what}{where}</source>
        <translation>eklendi: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>removed {what}{where}</source>
        <translation>kaldırıldı: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>reordered {what}: now {place}</source>
        <translation>yeniden sıralandı: {what}: şimdi {place}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>moved {what}: {field} {before} → {after}</source>
        <translation>taşındı: {what}: {field} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>changed {what}: {field} {before} → {after}</source>
        <translation>değişti: {what}: {field} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>after {name}</source>
        <translation>{name} sonrasında</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>first</source>
        <translation>ilk sırada</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: {field} changed on both sides: ours {ours}, theirs {theirs}</source>
        <translation>{what}: {field} iki tarafta da değişti: bizimki {ours}, onlarınki {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} moved to two places: ours {ours}, theirs {theirs}</source>
        <translation>{what} iki ayrı yere taşındı: bizimki {ours}, onlarınki {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} put at two places in order: ours {ours}, theirs {theirs}</source>
        <translation>{what} sırada iki ayrı yere kondu: bizimki {ours}, onlarınki {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in ours, changed or still used in theirs</source>
        <translation>{what}: bizimkinde kaldırıldı, onlarınkinde değişti ya da hâlâ kullanılıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in theirs, changed or still used in ours</source>
        <translation>{what}: onlarınkinde kaldırıldı, bizimkinde değişti ya da hâlâ kullanılıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: both sides added this id as different elements</source>
        <translation>{what}: iki taraf da bu kimliği farklı öğeler olarak ekledi</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: theirs wanted {field} {theirs}, which needs {related} that ours removed or changed</source>
        <translation>{what}: onlarınki {field} için {theirs} istedi; bunun için gereken {related} bizimkinde kaldırıldı ya da değişti</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} from theirs needs {related}, which ours removed or changed</source>
        <translation>onlarınkinden gelen {what}, bizimkinde kaldırılan ya da değişen {related} öğesine ihtiyaç duyuyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>another element</source>
        <translation>başka bir öğe</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>map {title}</source>
        <translation>harita {title}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>conflict [{id}]: {text}</source>
        <translation>çakışma [{id}]: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>(an image, {kb} KB)</source>
        <translation>(bir görüntü, {kb} KB)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>line {n}</source>
        <translation>satır {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>reading</source>
        <translation>okunuyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>a Mermaid journey starts with the word &apos;journey&apos;</source>
        <translation>bir Mermaid yolculuğu &apos;journey&apos; sözcüğüyle başlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>accDescr { is never closed with }</source>
        <translation>accDescr { hiç } ile kapatılmamış</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation>bir Mermaid yolculuğunda &apos;;&apos; kullanılamaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>expected &apos;task name: score&apos; or &apos;task name: score: actor, actor&apos;</source>
        <translation>&apos;görev adı: puan&apos; ya da &apos;görev adı: puan: aktör, aktör&apos; bekleniyordu</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>the score {value} is not a number</source>
        <translation>{value} puanı bir sayı değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>building the map</source>
        <translation>harita oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Untitled journey</source>
        <translation>Adsız yolculuk</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>The whole journey</source>
        <translation>Yolculuğun tamamı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Stage {n} of {count}</source>
        <translation>Aşama {n}/{count}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer goal: {goal}</source>
        <translation>Müşteri hedefi: {goal}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers per stage, from the map&apos;s stage counts.</source>
        <translation>Aşama başına müşteri, haritadaki aşama sayılarından.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers through the journey</source>
        <translation>Yolculuk boyunca müşteriler</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>From previous</source>
        <translation>Öncekinden</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Of all</source>
        <translation>Tümünden</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Dots</source>
        <translation>Nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Voting results: {name}</source>
        <translation>Oylama sonuçları: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (devam)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>On, by</source>
        <translation>Yer, yazan</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>What the room said</source>
        <translation>Odadakilerin söyledikleri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln stages</source>
        <translation>
            <numerusform>%Ln aşama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln temas noktası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln pain points</source>
        <translation>
            <numerusform>%Ln sıkıntılı nokta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln fırsat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} of all</source>
        <translation>tümünün {pct} kadarı</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>{pct} from the previous stage</source>
        <translation>önceki aşamadan {pct}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>severity {n} of 5</source>
        <translation>önem {n}/5</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>impact {impact} · effort {effort} · {status}</source>
        <translation>etki {impact} · çaba {effort} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>touchpoint</source>
        <translation>temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain point</source>
        <translation>sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>opportunity</source>
        <translation>fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>still open</source>
        <translation>hâlâ açık</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln katılımcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln dots each</source>
        <translation>
            <numerusform>kişi başı %Ln nokta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>{given} of %Ln dots given</source>
        <translation>
            <numerusform>{given}/%Ln nokta verildi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>on “{title}”</source>
        <translation>“{title}” üzerinde</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no stage {id!r}</source>
        <translation>{id!r} aşaması yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no flow {id!r}</source>
        <translation>{id!r} akışı yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>a share is between 0 and 1, not {share}</source>
        <translation>pay 0 ile 1 arasındadır, {share} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>flow {id!r} is not part of the flow analysis, which follows the {level} flows</source>
        <translation>{id!r} akışı akış analizine dahil değil; analiz {level} akışlarını izliyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/linear.py"/>
        <source>the flow equations have no unique solution</source>
        <translation>akış denklemlerinin tek bir çözümü yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Add stages to see how customers move through the journey.</source>
        <translation>Müşterilerin yolculukta nasıl ilerlediğini görmek için aşama ekleyin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>How many reach “{stage}” is unknown: give the stages their customers or the flows their shares.</source>
        <translation>“{stage}” aşamasına kaçının ulaştığı bilinmiyor: aşamalara müşteri sayılarını ya da akışlara paylarını girin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered.</source>
        <translation>
            <numerusform>“{stage}” aşamasında %Ln müşteri sayıldı: girenlerin {share} kadarı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>The flow shares model {share} of entering customers reaching “{stage}”.</source>
        <translation>Akış paylarına göre giren müşterilerin {share} kadarı “{stage}” aşamasına ulaşıyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered</source>
        <translation>
            <numerusform>“{stage}” aşamasında %Ln müşteri sayıldı: girenlerin {share} kadarı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}, as the flow shares model.</source>
        <translation>{counted}; akış payları da bunu veriyor.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}; the flow shares model {modelled}.</source>
        <translation>{counted}; akış payları {modelled} veriyor.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{name}” is on {share} of the routes between touchpoints: a single point of failure</source>
        <translation>“{name}” temas noktaları arasındaki yolların {share} kadarında: tek hata noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>betweenness centrality {value}</source>
        <translation>arasındalık merkeziliği {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Stage “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>“{name}” aşaması acıtıyor: %Ln sıkıntılı nokta {score} ağırlığında</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Channel “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>“{name}” kanalı acıtıyor: %Ln sıkıntılı nokta {score} ağırlığında</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>sum of severity × share affected over its pain points = {score}</source>
        <translation>sıkıntılı noktaları üzerinden önem × etkilenen payı toplamı = {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln of them with an unknown share affected, counted as half</source>
        <translation>
            <numerusform>%Ln tanesinin etkilenen payı bilinmiyor, yarım sayıldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}”: severity {severity} of 5, share affected unknown</source>
        <translation>“{title}”: önem 5 üzerinden {severity}, etkilenen payı bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}” hurts {share} of customers, severity {severity} of 5</source>
        <translation>“{title}” müşterilerin {share} kadarını etkiliyor, önem 5 üzerinden {severity}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>score: severity × share affected = {score}</source>
        <translation>puan: önem × etkilenen payı = {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{stage} aşamasında {lane}: henüz temas noktası yok; bir tane gerekir mi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{stage} × {lane}: %Ln touchpoints</source>
        <translation>
            <numerusform>{stage} × {lane}: %Ln temas noktası</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>unreachable</source>
        <translation>ulaşılamaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>dead end</source>
        <translation>çıkmaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>empty stage</source>
        <translation>boş aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain without opportunity</source>
        <translation>fırsatsız sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity without owner</source>
        <translation>sorumlusuz fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>critical touchpoint</source>
        <translation>kritik temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>single point of failure</source>
        <translation>tek hata noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” cannot be reached through flows from the first stage</source>
        <translation>“{name}” ilk aşamadan akışlarla ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a dead end: customers arrive but no flow leads on</source>
        <translation>“{name}” bir çıkmaz: müşteriler geliyor ama hiçbir akış devam etmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>stage “{name}” has no touchpoints</source>
        <translation>“{name}” aşamasında temas noktası yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain point “{name}” has no opportunity</source>
        <translation>“{name}” sıkıntılı noktasının fırsatı yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity “{name}” has no owner</source>
        <translation>“{name}” fırsatının sorumlusu yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is on many routes between other touchpoints (betweenness {value})</source>
        <translation>“{name}” diğer temas noktaları arasındaki birçok yolun üzerinde (arasındalık {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a single point of failure: without it the flows fall apart</source>
        <translation>“{name}” tek hata noktası: o olmadan akışlar dağılıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/bounds.py"/>
        <source>must be a date in the years {first} to {last}</source>
        <translation>{first} ile {last} yılları arasında bir tarih olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no {kind} {id!r}</source>
        <translation>{kind} bulunamadı: {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>this lane holds no cards</source>
        <translation>bu kulvarda kart olmaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>touchpoints go in channel lanes</source>
        <translation>temas noktaları kanal kulvarlarına konur</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <source>no element {id!r}</source>
        <translation>{id!r} öğesi yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a name cannot be empty</source>
        <translation>ad boş olamaz</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>only text lanes have cell text</source>
        <translation>yalnızca metin kulvarlarında hücre metni olur</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a flow cannot start and end at the same element</source>
        <translation>bir akış aynı öğede başlayıp bitemez</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>a flow links two touchpoints or two stages, not one of each</source>
        <translation>bir akış iki temas noktasını ya da iki aşamayı bağlar, her birinden birini değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>these two are already connected</source>
        <translation>bu ikisi zaten bağlı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment: {error}</source>
        <translation>journeymap parçası değil: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment</source>
        <translation>journeymap parçası değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>fragment version {v!r} is not supported</source>
        <translation>{v!r} parça sürümü desteklenmiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>must be a list</source>
        <translation>bir liste olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>each cell needs a lane, a stage and a text</source>
        <translation>her hücrenin bir kulvarı, bir aşaması ve bir metni olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Lane: {name}</source>
        <translation>Kulvar: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Flow: {arrow}</source>
        <translation>Akış: {arrow}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>no conflict {id!r}</source>
        <translation>{id!r} çakışması yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>only a field&apos;s value can be edited</source>
        <translation>yalnızca bir alanın değeri düzenlenebilir</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <location filename="../../journeymap/model/patch.py"/>
        <source>{id!r} is no longer in this map</source>
        <translation>{id!r} artık bu haritada değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>lane {name!r} still holds touchpoints; move or remove them first</source>
        <translation>{name!r} kulvarında hâlâ temas noktaları var; önce onları taşıyın ya da kaldırın</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>needs {id!r}, which is not in this map</source>
        <translation>bu haritada olmayan {id!r} öğesine ihtiyaç duyuyor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/data.py"/>
        <source>missing or empty, so %Ln references point nowhere: {uses}</source>
        <translation>
            <numerusform>eksik ya da boş; bu yüzden %Ln başvuru hiçbir yeri göstermiyor: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>no {kind} {id}</source>
        <translation>{kind} bulunamadı: {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>lane {id!r} is a {kind} lane; touchpoints go in channel lanes</source>
        <translation>{id!r} kulvarı bir {kind} kulvarı; temas noktaları kanal kulvarlarına konur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln lanes</source>
        <translation>
            <numerusform>%Ln kulvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln personas</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln metrics</source>
        <translation>
            <numerusform>%Ln metrik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln flows</source>
        <translation>
            <numerusform>%Ln akış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln yorum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {what}</source>
        <translation>Taşı: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {kind} {name}</source>
        <translation>Taşı: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} to {stage}</source>
        <translation>{head} → {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {kind} {name}</source>
        <translation>Ekle: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {what}</source>
        <translation>Ekle: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {kind} {name}</source>
        <translation>Sil: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {what}</source>
        <translation>Sil: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} and {rest}</source>
        <translation>{head} ve {rest}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {what}</source>
        <translation>Değiştir: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Rename {kind} {old} → {new}</source>
        <translation>Yeniden adlandır: {kind} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {kind} {name}: {fields}</source>
        <translation>Değiştir: {kind} {name}: {fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>metric</source>
        <translation>metrik</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comment</source>
        <translation>yorum</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>metrics</source>
        <translation>metrikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>idea</source>
        <translation>fikir</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>planned</source>
        <translation>planlandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>dropped</source>
        <translation>bırakıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>email</source>
        <translation>e-posta</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>social</source>
        <translation>sosyal medya</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>store</source>
        <translation>mağaza</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>chat</source>
        <translation>sohbet</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>app</source>
        <translation>uygulama</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>ads</source>
        <translation>reklamlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>word of mouth</source>
        <translation>kulaktan kulağa</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stages</source>
        <translation>aşamalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lanes</source>
        <translation>kulvarlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flows</source>
        <translation>akışlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comments</source>
        <translation>yorumlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflict</source>
        <translation>çakışma</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflicts</source>
        <translation>çakışmalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting round</source>
        <translation>oylama turu</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting rounds</source>
        <translation>oylama turları</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>vote</source>
        <translation>oy</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>votes</source>
        <translation>oylar</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain</source>
        <translation>sıkıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>question</source>
        <translation>soru</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>not a valid stage id: {key}</source>
        <translation>geçerli bir aşama kimliği değil: {key}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py"/>
        <source>cell text is longer than %Ln characters</source>
        <translation>
            <numerusform>hücre metni %Ln karakterden uzun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not valid base64 data</source>
        <translation>fotoğraf geçerli base64 verisi değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is {size} KB; the limit is {limit} KB</source>
        <translation>fotoğraf {size} KB; sınır {limit} KB</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not a PNG, JPEG, GIF or WebP image</source>
        <translation>fotoğraf PNG, JPEG, GIF ya da WebP görüntüsü değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>duplicate id {id!r}</source>
        <translation>yinelenen kimlik {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>still referred to by {ref}.{field}</source>
        <translation>hâlâ {ref}.{field} tarafından başvuruluyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cost per acquisition</source>
        <translation>Edinme başına maliyet</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>£</source>
        <translation>₺</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Marketing and ad spend per new customer.</source>
        <translation>Yeni müşteri başına pazarlama ve reklam harcaması.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Ad impressions</source>
        <translation>Reklam gösterimleri</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>impressions</source>
        <translation>gösterim</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How many times ads were seen.</source>
        <translation>Reklamların kaç kez görüldüğü.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversions</source>
        <translation>Dönüşümler</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>conversions</source>
        <translation>dönüşüm</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Clicks through, sign-ups or installs.</source>
        <translation>Tıklamalar, kayıtlar ya da yüklemeler.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversion rate</source>
        <translation>Dönüşüm oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of visitors who buy.</source>
        <translation>Satın alan ziyaretçilerin payı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average order value</source>
        <translation>Ortalama sipariş değeri</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue per order (exchange value).</source>
        <translation>Sipariş başına gelir (değişim değeri).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Purchase frequency</source>
        <translation>Satın alma sıklığı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>orders/year</source>
        <translation>sipariş/yıl</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Orders per customer per year (transaction volume).</source>
        <translation>Müşteri başına yıllık sipariş (işlem hacmi).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Email open rate</source>
        <translation>E-posta açılma oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of sent emails opened.</source>
        <translation>Gönderilen e-postalardan açılanların payı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Social engagement</source>
        <translation>Sosyal etkileşim</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Likes, comments and shares per post, as a share of reach.</source>
        <translation>Gönderi başına beğeni, yorum ve paylaşım; erişimin payı olarak.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Net Promoter Score</source>
        <translation>Net Tavsiye Skoru (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Promoters minus detractors, -100 to 100.</source>
        <translation>Destekçiler eksi kötüleyenler, -100 ile 100 arası.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Müşteri memnuniyeti (CSAT)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average satisfaction rating.</source>
        <translation>Ortalama memnuniyet puanı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer effort score (CES)</source>
        <translation>Müşteri efor skoru (CES)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How hard it was to get things done.</source>
        <translation>İşini halletmenin ne kadar zor olduğu.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Churn rate</source>
        <translation>Kayıp oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers lost in the period.</source>
        <translation>Dönem içinde kaybedilen müşterilerin payı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Retention rate</source>
        <translation>Elde tutma oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers kept in the period.</source>
        <translation>Dönem içinde elde tutulan müşterilerin payı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer lifetime value</source>
        <translation>Müşteri yaşam boyu değeri</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue expected from one customer over the relationship.</source>
        <translation>İlişki boyunca bir müşteriden beklenen gelir.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cart abandonment rate</source>
        <translation>Sepet terk oranı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of filled baskets never checked out.</source>
        <translation>Doldurulup ödemeye geçilmeyen sepetlerin payı.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>New metric</source>
        <translation>Yeni metrik</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}B</source>
        <translation>{n} Mr</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}M</source>
        <translation>{n} Mn</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}T</source>
        <translation>{n} Tn</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}k</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{value} (target {target})</source>
        <translation>{value} (hedef {target})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/patch.py"/>
        <source>no element {id!r} in the compared map</source>
        <translation>karşılaştırılan haritada {id!r} öğesi yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/voting.py"/>
        <source>Participant {n}</source>
        <translation>Katılımcı {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note goes on a stage or a card</source>
        <translation>not bir aşamaya ya da bir karta eklenir</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note needs some text</source>
        <translation>notun bir metni olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note becomes a pain point, an opportunity or a comment</source>
        <translation>not sıkıntılı noktaya, fırsata ya da yoruma dönüşür</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs a name</source>
        <translation>turun bir adı olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs at least one participant</source>
        <translation>turun en az bir katılımcısı olmalı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has already given %Ln dots; reset the round to give fewer</source>
        <translation>
            <numerusform>{who} zaten %Ln nokta verdi; daha azını vermek için turu sıfırlayın</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on touchpoints</source>
        <translation>bu turda temas noktaları oylanmıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on pain points</source>
        <translation>bu turda sıkıntılı noktalar oylanmıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on opportunities</source>
        <translation>bu turda fırsatlar oylanmıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>round {name!r} is closed</source>
        <translation>{name!r} turu kapalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no participant {id!r} in this round</source>
        <translation>bu turda {id!r} adlı katılımcı yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has given all %Ln dots</source>
        <translation>
            <numerusform>{who} %Ln noktasının hepsini verdi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has no dot here</source>
        <translation>{who} buraya nokta vermedi</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Pain</source>
        <translation>Sıkıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>duplicate participant id {id!r}</source>
        <translation>yinelenen katılımcı kimliği {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>a round needs at least one kind of card to vote on</source>
        <translation>turda oylanacak en az bir kart türü olmalı</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>stage “{name}”</source>
        <translation>“{name}” aşaması</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>slides</source>
        <translation>slaytlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/images.py"/>
        <source>page</source>
        <translation>sayfa</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{name} (continued)</source>
        <translation>{name} (devam)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{title} · page {n} of {total}</source>
        <translation>{title} · sayfa {n}/{total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln voting rounds</source>
        <translation>
            <numerusform>%Ln oylama turu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln not</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Voting: {name}</source>
        <translation>Oylama: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Notes from the room</source>
        <translation>Odadan notlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>none of the selected elements is drawn on the map</source>
        <translation>seçili öğelerin hiçbiri haritada çizili değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>scale must be between 0 and 16, not {scale}</source>
        <translation>ölçek 0 ile 16 arasında olmalı, {scale} değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>the image would be {w} x {h} pixels; use a smaller scale</source>
        <translation>görüntü {w} x {h} piksel olurdu; daha küçük bir ölçek kullanın</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>a framed picture shows the whole map, not a selection</source>
        <translation>çerçeveli bir resim seçimi değil, haritanın tamamını gösterir</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>Customer journey map drawn by journeymap</source>
        <translation>journeymap ile çizilmiş müşteri yolculuğu haritası</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>unknown page size {size!r}: use fit, A4, A3, A1 or A0</source>
        <translation>bilinmeyen sayfa boyutu {size!r}: fit, A4, A3, A1 ya da A0 kullanın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py"/>
        <source>%Ln open comment(s):</source>
        <translation>
            <numerusform>%Ln açık yorum:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>assumed</source>
        <translation>varsayım</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>observed</source>
        <translation>gözlem</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>proposed</source>
        <translation>öneri</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>impact {impact} · effort {effort}</source>
        <translation>etki {impact} · çaba {effort}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/emotion.py"/>
        <source>Emotion: from very negative (bottom) to very positive (top)</source>
        <translation>Duygu: çok olumsuzdan (altta) çok olumluya (üstte)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/flows.py"/>
        <source>loop</source>
        <translation>döngü</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} from previous stage</source>
        <translation>önceki aşamadan {pct}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln dots in “{round}”: {who}</source>
        <translation>
            <numerusform>“{round}” turunda %Ln nokta: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln notes from the workshop:</source>
        <translation>
            <numerusform>Atölyeden %Ln not:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>page {n} of {pages}</source>
        <translation>sayfa {n}/{pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Does</source>
        <translation>Yapar</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Thinks</source>
        <translation>Düşünür</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Feels</source>
        <translation>Hisseder</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Touchpoint · {lane}</source>
        <translation>Temas noktası · {lane}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Pain point</source>
        <translation>Sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>impact {i} · effort {e} · {status}</source>
        <translation>etki {i} · çaba {e} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Opportunity</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>on {card}</source>
        <translation>{card} üzerinde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/slides/overview.py"/>
        <source>notes from the room</source>
        <comment>the words beside a count of sticky notes</comment>
        <translation>
            <numerusform>odadan not</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>EMOTION</source>
        <translation>DUYGU</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen to present on</source>
        <translation>sunum yapılacak ekran yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen {n}; this computer has %Ln screens</source>
        <translation>
            <numerusform>{n} numaralı ekran yok; bu bilgisayarda %Ln ekran var</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>the file is over the limit of {limit} MB</source>
        <translation>dosya {limit} MB sınırını aşıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the menu entry</source>
        <translation>menü girdisi</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the file type {type}</source>
        <translation>{type} dosya türü</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the application icon</source>
        <translation>uygulama simgesi</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the icon of .journey files</source>
        <translation>.journey dosyalarının simgesi</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>ekran yok: ne DISPLAY ne de WAYLAND_DISPLAY ayarlı</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>cannot reach the display {named}</source>
        <translation>{named} ekranına ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{folder}: not in a git repository (run it inside one, or use --global)</source>
        <translation>{folder}: bir git deposunda değil (bir deponun içinde çalıştırın ya da --global kullanın)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>set the {driver} merge and diff drivers in git&apos;s {scope} config</source>
        <translation>git&apos;in {scope} yapılandırmasında {driver} birleştirme ve fark sürücüleri ayarlandı</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>added {line!r} to {path}</source>
        <translation>{path} dosyasına {line!r} eklendi</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{path} already has {line!r}</source>
        <translation>{path} dosyasında zaten {line!r} var</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed [{section}] from git&apos;s {scope} config</source>
        <translation>git&apos;in {scope} yapılandırmasından [{section}] kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed {line!r} from {path}</source>
        <translation>{path} dosyasından {line!r} kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>nothing to remove: git was not set up for maps here</source>
        <translation>kaldırılacak bir şey yok: git burada haritalar için ayarlanmamış</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>global</source>
        <translation>genel</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>repository</source>
        <translation>depo</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git is not installed (or not on PATH)</source>
        <translation>git kurulu değil (ya da PATH üzerinde değil)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git {args} failed: {error}</source>
        <translation>git {args} başarısız oldu: {error}</translation>
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
        <translation>böyle bir dosya ya da klasör yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>permission denied</source>
        <translation>izin verilmedi</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the system does not allow it</source>
        <translation>sistem buna izin vermiyor</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>is a folder</source>
        <translation>bir klasör</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>a part of the path is not a folder</source>
        <translation>yolun bir parçası klasör değil</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>no space left on the disk</source>
        <translation>diskte yer kalmadı</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the disk is read-only</source>
        <translation>disk salt okunur</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>exists already</source>
        <translation>zaten var</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the file name is too long</source>
        <translation>dosya adı çok uzun</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stages</source>
        <translation>Aşamalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lane</source>
        <translation>Kulvar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lanes</source>
        <translation>Kulvarlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoint</source>
        <translation>Temas noktası</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoints</source>
        <translation>Temas noktaları</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain point</source>
        <translation>Sıkıntılı nokta</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain points</source>
        <translation>Sıkıntılı noktalar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunities</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunity</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metrics</source>
        <translation>Metrikler</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flow</source>
        <translation>Akış</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flows</source>
        <translation>Akışlar</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Görüntüler ({patterns});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” does not exist or is not a file.</source>
        <translation>“{name}” yok ya da bir dosya değil.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is too large ({mb} MB); choose an image under {limit} MB.</source>
        <translation>“{name}” çok büyük ({mb} MB); {limit} MB&apos;tan küçük bir görüntü seçin.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is still {kb} KB after scaling; the limit is {limit} KB.</source>
        <translation>“{name}” küçültüldükten sonra da {kb} KB; sınır {limit} KB.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is {w} x {h} pixels; the largest image accepted is {max} pixels a side.</source>
        <translation>“{name}” {w} x {h} piksel; kabul edilen en büyük görüntü kenar başına {max} piksel.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is not an image this program can read ({reason}).</source>
        <translation>“{name}” bu programın okuyabildiği bir görüntü değil ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>no persona {id!r}</source>
        <translation>{id!r} adlı persona yok</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>personas can be assigned to touchpoints and pain points only</source>
        <translation>personalar yalnızca temas noktalarına ve sıkıntılı noktalara atanabilir</translation>
    </message>
</context>
</TS>
