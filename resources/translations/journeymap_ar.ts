<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en_US">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Presentation</source>
        <translation>العرض التقديمي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Voting: {round} · {who} · %Ln dots left</source>
        <translation>
            <numerusform>التصويت: {round} · {who} · لم تبقَ نقاط</numerusform>
            <numerusform>التصويت: {round} · {who} · بقيت نقطة واحدة</numerusform>
            <numerusform>التصويت: {round} · {who} · بقيت نقطتان</numerusform>
            <numerusform>التصويت: {round} · {who} · بقيت %Ln نقاط</numerusform>
            <numerusform>التصويت: {round} · {who} · بقيت %Ln نقطة</numerusform>
            <numerusform>التصويت: {round} · {who} · بقيت %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/audience.py"/>
        <source>Note on: {where}</source>
        <translation>ملاحظة على: {where}</translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New touchpoint</source>
        <translation>نقطة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New pain point</source>
        <translation>نقطة ألم جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New opportunity</source>
        <translation>فرصة جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New card</source>
        <translation>بطاقة جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add card</source>
        <translation>إضافة بطاقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage and a channel lane first</source>
        <translation>أضف مرحلة ومسار قناة أولًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add a stage first</source>
        <translation>أضف مرحلة أولًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add lane</source>
        <translation>إضافة مسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add stage</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New stage</source>
        <translation>مرحلة جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>New lane</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Edit cell</source>
        <translation>تحرير الخلية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Assign persona</source>
        <translation>تعيين شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move cards</source>
        <translation>نقل البطاقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move lane</source>
        <translation>نقل المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Move stage</source>
        <translation>نقل المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Set emotion</source>
        <translation>تحديد المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Change emotion</source>
        <translation>تغيير المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Select a cell to paste into</source>
        <translation>حدد خلية للصق فيها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/editor.py"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>What did the room say? Enter adds it</source>
        <translation>ماذا قال الحاضرون؟ اضغط Enter للإضافة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Pain</source>
        <translation>ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/capture.py"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>CellTextEditor</name>
    <message>
        <location filename="../../journeymap/ui/canvas/inline_editor.py"/>
        <source>Ctrl+Enter to finish, Esc to cancel</source>
        <translation>Ctrl+Enter للإنهاء، Esc للإلغاء</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>No differences: the two maps mean the same.</source>
        <translation>لا فروق: الخريطتان تعنيان الشيء نفسه.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/changes.py"/>
        <source>Apply Changes</source>
        <translation>تطبيق التغييرات</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Show resolved</source>
        <translation>إظهار المحلولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Tick when resolved</source>
        <translation>ضع علامة عند الحل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>the whole map</source>
        <translation>الخريطة كلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Reopen comment</source>
        <translation>إعادة فتح التعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Resolve comment</source>
        <translation>حل التعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/comments.py"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
</context>
<context>
    <name>CompareAction</name>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare &amp;With…</source>
        <translation>م&amp;قارنة مع…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Show the differences between this map and another file</source>
        <translation>إظهار الفروق بين هذه الخريطة وملف آخر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Compare with</source>
        <translation>مقارنة مع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare_action.py"/>
        <source>Cannot compare with {name}</source>
        <translation>تتعذر المقارنة مع {name}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in the other map (added there)</source>
        <translation>في الخريطة الأخرى فقط (أُضيف هناك)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>only in your map (a ghost: removed there)</source>
        <translation>في خريطتك فقط (طيف: حُذف هناك)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>changed, moved or reordered</source>
        <translation>تغيّر أو نُقل أو أُعيد ترتيبه</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Compare with {name}</source>
        <translation>المقارنة مع {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take into My Map</source>
        <translation>خذه إلى خريطتي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Make this change in your map (Undo takes it back)</source>
        <translation>أجرِ هذا التغيير في خريطتك (التراجع يلغيه)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take All</source>
        <translation>خذ الكل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>From your map to {name}: {summary}</source>
        <translation>من خريطتك إلى {name}: {summary}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take from {name}: {change}</source>
        <translation>خذ من {name}: {change}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/compare.py"/>
        <source>Take all from {name}</source>
        <translation>خذ الكل من {name}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep Ours</source>
        <translation>أبقِ على نسختنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take Theirs</source>
        <translation>خذ نسختهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Leave the map as it is now and close the conflict</source>
        <translation>اترك الخريطة كما هي الآن وأغلق التعارض</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Put their value in the map (bringing back what it needs)</source>
        <translation>ضع قيمتهم في الخريطة (مع إعادة ما تحتاج إليه)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>or type a value of your own</source>
        <translation>أو اكتب قيمة من عندك</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Use This Value</source>
        <translation>استخدم هذه القيمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>No merge conflicts in this map.</source>
        <translation>لا توجد تعارضات دمج في هذه الخريطة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.</source>
        <translation>
            <numerusform>لا تعارضات دمج معلقة.</numerusform>
            <numerusform>تعارض دمج واحد معلق: أبقِ على نسختنا، أو خذ نسختهم، أو اكتب قيمة.</numerusform>
            <numerusform>تعارضا دمج معلقان: أبقِ على نسختنا، أو خذ نسختهم، أو اكتب قيمة.</numerusform>
            <numerusform>%Ln تعارضات دمج معلقة: أبقِ على نسختنا، أو خذ نسختهم، أو اكتب قيمة.</numerusform>
            <numerusform>%Ln تعارضًا معلقًا: أبقِ على نسختنا، أو خذ نسختهم، أو اكتب قيمة.</numerusform>
            <numerusform>%Ln تعارض معلق: أبقِ على نسختنا، أو خذ نسختهم، أو اكتب قيمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Ours (in the map now)</source>
        <translation>نسختنا (في الخريطة الآن)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Base</source>
        <translation>الأصل المشترك</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>(not in the map)</source>
        <translation>(ليس في الخريطة)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>after {name}</source>
        <translation>بعد {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>first</source>
        <translation>في البداية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Keep ours: {what}</source>
        <translation>أبقِ على نسختنا: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Take theirs: {what}</source>
        <translation>خذ نسختهم: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Resolve: {what}</source>
        <translation>حل: {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/conflicts.py"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>CoverageMap</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages or channel lanes yet.</source>
        <translation>لا توجد مراحل أو مسارات قنوات بعد.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{lane} في {stage}: لا نقطة اتصال بعد؛ هل تستحق واحدة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{stage} × {lane}: %Ln touchpoint(s)</source>
        <translation>
            <numerusform>{stage} × {lane}: لا نقاط اتصال</numerusform>
            <numerusform>{stage} × {lane}: نقطة اتصال واحدة</numerusform>
            <numerusform>{stage} × {lane}: نقطتا اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقاط اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقطة اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقطة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Stage</source>
        <translation>إضافة &amp;مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Lane</source>
        <translation>إضافة م&amp;سار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touc&amp;hpoint</source>
        <translation>إضافة &amp;نقطة اتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pa&amp;in Point</source>
        <translation>إضافة نقطة &amp;ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add &amp;Opportunity</source>
        <translation>إضافة &amp;فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>إضافة &amp;تعليق…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Card &amp;Here</source>
        <translation>إضافة بطاقة &amp;هنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Edit Cell Text</source>
        <translation>ت&amp;حرير نص الخلية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Re&amp;name</source>
        <translation>إعادة تسمي&amp;ة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Duplicat&amp;e</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Copy</source>
        <translation>نس&amp;خ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Select &amp;All</source>
        <translation>تحديد ا&amp;لكل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Fit Map</source>
        <translation>ملاءمة ال&amp;خريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit the map&apos;s width to the window; scroll to see the rest</source>
        <translation>ملاءمة عرض الخريطة للنافذة؛ مرّر لرؤية الباقي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Fit &amp;Whole Map</source>
        <translation>ملاءمة الخريطة ك&amp;لها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Actual Size (100%)</source>
        <translation>الحجم الفعلي (١٠٠٪)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Happier</source>
        <translation>مشاعر أكثر إيجابية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Emotion Sadder</source>
        <translation>مشاعر أكثر سلبية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Comment on the selection (or on the whole map):</source>
        <translation>تعليق على التحديد (أو على الخريطة كلها):</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Pain Point &amp;Here</source>
        <translation>إضافة نقطة ألم &amp;هنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Opportunity &amp;Here</source>
        <translation>إضافة فرصة &amp;هنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/actions.py"/>
        <source>Add Touchpoint &amp;Here</source>
        <translation>إضافة نقطة اتصال &amp;هنا</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook or Mermaid Journey…</source>
        <translation>مصنف Excel أو رحلة Mermaid…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Excel Workbook (.xlsx)…</source>
        <translation>مصنف Excel ‏(.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image (PNG, SVG, PDF)…</source>
        <translation>صورة (PNG، SVG، PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Mermaid Journey (.mmd)…</source>
        <translation>رحلة Mermaid ‏(.mmd)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Touchpoints as CSV…</source>
        <translation>نقاط الاتصال بتنسيق CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Slides for a Workshop (.pptx)…</source>
        <translation>شرائح لورشة عمل (.pptx)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workshop Handout (PDF)…</source>
        <translation>مطبوعة ورشة العمل (PDF)…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copy as &amp;Image</source>
        <translation>نسخ &amp;كصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Import a map</source>
        <translation>استيراد خريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Workbooks and Mermaid journeys ({p})</source>
        <translation>المصنفات ورحلات Mermaid ‏({p})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Importing {name}: {{step}}</source>
        <translation>جارٍ استيراد {name}: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot import {name}</source>
        <translation>تعذر استيراد {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exported {name}</source>
        <translation>تم تصدير {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}…</source>
        <translation>جارٍ تصدير {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Exporting {name}: {{step}}</source>
        <translation>جارٍ تصدير {name}: {{step}}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Cannot copy the image</source>
        <translation>تعذر نسخ الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Copied the map as an image</source>
        <translation>تم نسخ الخريطة كصورة</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>this field cannot be edited</source>
        <translation>لا يمكن تحرير هذا الحقل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not {wanted}</source>
        <translation>«{text}» ليس {wanted}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>e.g. 25% (not set)</source>
        <translation>مثل ٢٥٪ (غير محدد)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>“{text}” is not a share: type 0% to 100%, or 0 to 1</source>
        <translation>«{text}» ليست نسبة: اكتب من ٠٪ إلى ١٠٠٪، أو من ٠ إلى ١</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>not a date and time like 2025-01-31T14:00:00+00:00</source>
        <translation>ليس تاريخًا ووقتًا بصيغة 2025-01-31T14:00:00+00:00</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a colour…</source>
        <translation>اختر لونًا…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/editors.py"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>خرائط الرحلات (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <location filename="../../journeymap/app.py"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot use this template</source>
        <translation>تعذر استخدام هذا القالب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Open journey map</source>
        <translation>فتح خريطة رحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import instead?</source>
        <translation>هل تريد الاستيراد بدلًا من ذلك؟</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is an Excel workbook, not a journey map.</source>
        <translation>«{name}» مصنف Excel وليس خريطة رحلة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>“{name}” is a Mermaid journey, not a journey map.</source>
        <translation>«{name}» رحلة مكتوبة بصيغة Mermaid وليس خريطة رحلة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import it as a new, untitled map? The file itself is not changed.</source>
        <translation>هل تستورده خريطةً جديدة بلا عنوان؟ لن يتغير الملف نفسه.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot open {name}</source>
        <translation>تعذر فتح {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Save journey map as</source>
        <translation>حفظ خريطة الرحلة باسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Opened read-only</source>
        <translation>فُتحت للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{name} is open elsewhere: save your version under another name.</source>
        <translation>{name} مفتوح في مكان آخر: احفظ نسختك باسم آخر.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>Cannot save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/files.py"/>
        <source>{path} could not be written: {reason}</source>
        <translation>تعذرت كتابة {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Find on the map</source>
        <translation>البحث في الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/canvas/find_bar.py"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>FlowOptions</name>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>F&amp;lows</source>
        <translation>التد&amp;فقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;All Flows</source>
        <translation>&amp;كل التدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw every flow between cards</source>
        <translation>ارسم كل التدفقات بين البطاقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;Selected Cards’ Flows</source>
        <translation>تدفقات البطاقات ال&amp;محددة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw only the flows of the selected cards</source>
        <translation>ارسم تدفقات البطاقات المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>&amp;No Flows</source>
        <translation>&amp;دون تدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/flow_options.py"/>
        <source>Draw no flows between cards</source>
        <translation>لا ترسم تدفقات بين البطاقات</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>No stages yet.</source>
        <translation>لا توجد مراحل بعد.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>customers unknown</source>
        <translation>عدد العملاء غير معروف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>conversion unknown</source>
        <translation>التحويل غير معروف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>entry</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{conversion} of the stage before · {drop}</source>
        <translation>{conversion} من المرحلة السابقة · {drop}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{text} · the largest drop</source>
        <translation>{text} · أكبر انخفاض</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{lost} lost since the previous stage</source>
        <translation>{lost} فُقدوا منذ المرحلة السابقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/charts.py"/>
        <source>{name}: {customers} customers, {share} of those who entered</source>
        <translation>{name}: عدد العملاء {customers}، أي {share} ممن دخلوا</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/history.py"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;فُتحت&gt;</translation>
    </message>
</context>
<context>
    <name>ImageOptionsDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Image options</source>
        <translation>خيارات الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Transparent background</source>
        <translation>خلفية شفافة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fit the map</source>
        <translation>ملاءمة الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Tile a large map across pages (poster; A3 pages with Fit the map)</source>
        <translation>قسّم الخريطة الكبيرة على عدة صفحات (ملصق؛ صفحات A3 مع «ملاءمة الخريطة»)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Only the selected elements</source>
        <translation>العناصر المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>As the map is drawn</source>
        <translation>كما هي الخريطة مرسومة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 16:9 slide</source>
        <translation>املأ شريحة 16:9</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Fill a 4:3 slide</source>
        <translation>املأ شريحة 4:3</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Scale:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Shape:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/exchange.py"/>
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
</context>
<context>
    <name>ImportChangesAction</name>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel Workbook…</source>
        <translation>تغييرات من مصنف Excel…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bring the edits made to an exported workbook into this map</source>
        <translation>أحضر التعديلات التي أُجريت على مصنف مُصدَّر إلى هذه الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from an Excel workbook</source>
        <translation>تغييرات من مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Cannot import {name}</source>
        <translation>تعذر استيراد {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>No changes</source>
        <translation>لا تغييرات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>{name} holds no changes to this map.</source>
        <translation>لا يحتوي {name} على أي تغييرات لهذه الخريطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Bringing {name} into this map makes these changes:</source>
        <translation>جلب {name} إلى هذه الخريطة يُجري هذه التغييرات:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Changes from {name}</source>
        <translation>تغييرات من {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/import_changes.py"/>
        <source>Import changes from {name}</source>
        <translation>استيراد التغييرات من {name}</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The numbers shown are from before the last edit</source>
        <translation>الأرقام المعروضة من قبل آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>What if one flow’s share changed?</source>
        <translation>ماذا لو تغيّرت حصة أحد التدفقات؟</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Funnel</source>
        <translation>القمع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Omnichannel coverage</source>
        <translation>التغطية متعددة القنوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The insights could not be computed: {problem}</source>
        <translation>تعذّر حساب الرؤى: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>{covered} of the stage × channel cells have a touchpoint; %Ln open cell(s) to consider.</source>
        <translation>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ ولا خلايا مفتوحة للنظر فيها.</numerusform>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ وخلية مفتوحة واحدة للنظر فيها.</numerusform>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ وخليتان مفتوحتان للنظر فيهما.</numerusform>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ و%Ln خلايا مفتوحة للنظر فيها.</numerusform>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ و%Ln خلية مفتوحة للنظر فيها.</numerusform>
            <numerusform>في {covered} من خلايا المرحلة × القناة نقطة اتصال؛ و%Ln خلية مفتوحة للنظر فيها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Top paths to “{stage}”</source>
        <translation>أكثر المسارات إلى «{stage}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No path: the flows have no shares, or none reaches the stage.</source>
        <translation>لا يوجد مسار: التدفقات بلا حصص، أو لا يصل أي منها إلى المرحلة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Open cells to consider (%Ln)</source>
        <translation>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
            <numerusform>خلايا مفتوحة للنظر فيها (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Pain hot spots</source>
        <translation>بؤر الألم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Loops back (%Ln)</source>
        <translation>
            <numerusform>حلقات العودة (%Ln)</numerusform>
            <numerusform>حلقات العودة (%Ln)</numerusform>
            <numerusform>حلقات العودة (%Ln)</numerusform>
            <numerusform>حلقات العودة (%Ln)</numerusform>
            <numerusform>حلقات العودة (%Ln)</numerusform>
            <numerusform>حلقات العودة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>… and %Ln more like these</source>
        <translation>
            <numerusform>… ولا شيء آخر مثلها</numerusform>
            <numerusform>… وواحد آخر مثلها</numerusform>
            <numerusform>… واثنان آخران مثلها</numerusform>
            <numerusform>… و%Ln أخرى مثلها</numerusform>
            <numerusform>… و%Ln أخرى مثلها</numerusform>
            <numerusform>… و%Ln أخرى مثلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Structural problems (%Ln)</source>
        <translation>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
            <numerusform>مشكلات هيكلية (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من نقطة واحدة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من نقطتين)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقاط)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>No dots given yet.</source>
        <translation>لم تُمنح أي نقطة بعد.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>The map has no flows to try.</source>
        <translation>لا توجد في الخريطة تدفقات للتجربة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion is unknown: give the flows their shares.</source>
        <translation>التحويل غير معروف: أعطِ التدفقات حصصها.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Conversion: {before} → {after} ({points} points). The map is not changed.</source>
        <translation>التحويل: {before} ← {after} ({points} نقطة مئوية). لم تتغير الخريطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/insights/panel.py"/>
        <source>Insights</source>
        <translation>الرؤى</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Negative</source>
        <translation>سلبي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Positive</source>
        <translation>إيجابي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very negative</source>
        <translation>سلبي جدًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Very positive</source>
        <translation>إيجابي جدًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>one per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>comma, separated</source>
        <translation>مفصولة، بفواصل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer goal</source>
        <translation>هدف العميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Presenter notes</source>
        <translation>ملاحظات المقدّم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Collapsed</source>
        <translation>مطوي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lane</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Customer action</source>
        <translation>إجراء العميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Thoughts</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Severity (1–5)</source>
        <translation>الشدة (١–٥)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share affected</source>
        <translation>نسبة المتأثرين</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Touchpoints</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Impact (1–5)</source>
        <translation>الأثر (١–٥)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Effort (1–5)</source>
        <translation>الجهد (١–٥)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Answers pain points</source>
        <translation>يعالج نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frustrations</source>
        <translation>الإحباطات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Motivations</source>
        <translation>الدوافع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Preferred channels</source>
        <translation>القنوات المفضلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Shops</source>
        <translation>المتاجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Websites</source>
        <translation>المواقع الإلكترونية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Brands</source>
        <translation>العلامات التجارية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Attached to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>The whole journey</source>
        <translation>الرحلة كلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Better when</source>
        <translation>الأفضل عندما</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Volume</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Cell: {stage}</source>
        <translation>الخلية: {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Reading direction</source>
        <translation>اتجاه القراءة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>%Ln elements selected</source>
        <translation>
            <numerusform>لم يُحدَّد أي عنصر</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%Ln عناصر محددة</numerusform>
            <numerusform>%Ln عنصرًا محددًا</numerusform>
            <numerusform>%Ln عنصر محدد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Select one element to edit its fields.</source>
        <translation>حدد عنصرًا واحدًا لتحرير حقوله.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Nothing selected: these are the facts of the whole map.</source>
        <translation>لا شيء محدد: هذه بيانات الخريطة كلها.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/panel.py"/>
        <source>Edit {field}</source>
        <translation>تحرير {field}</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../journeymap/ui/canvas/view.py"/>
        <source>Drag to reorder stages · Shift+drag onto another stage to draw a flow</source>
        <translation>اسحب لإعادة ترتيب المراحل · Shift+سحب إلى مرحلة أخرى لرسم تدفق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} — journeymap</source>
        <translation>{name} — journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Inspector</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/main_window.py"/>
        <source>{name} (read-only)</source>
        <translation>{name} (للقراءة فقط)</translation>
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
        <translation>الخريطة قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>“{name}” is open by {user} on {host} since {when}.</source>
        <translation>«{name}» مفتوحة لدى {user} على {host} منذ {when}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>If you both save it, one of you overwrites the other&apos;s changes. Open it read-only to look (you can save a copy under another name), or open it anyway to edit it.</source>
        <translation>إن حفظتماها كلاكما، سيستبدل أحدكما تغييرات الآخر. افتحها للقراءة فقط لتطّلع عليها (يمكنك حفظ نسخة باسم آخر)، أو افتحها على أي حال لتحريرها.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Read-Only</source>
        <translation>افتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/locking.py"/>
        <source>Open Anyway</source>
        <translation>افتح على أي حال</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../journeymap/ui/canvas/overlays.py"/>
        <source>Canvas message</source>
        <translation>رسالة اللوحة</translation>
    </message>
</context>
<context>
    <name>MetricsDelegate</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lower is better</source>
        <translation>الأقل أفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Whole journey</source>
        <translation>الرحلة كلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Stage: {name}</source>
        <translation>المرحلة: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Lane: {name}</source>
        <translation>المسار: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Touchpoint: {name}</source>
        <translation>نقطة الاتصال: {name}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Custom metric</source>
        <translation>مقياس مخصص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete the selected metrics</source>
        <translation>حذف المقاييس المحددة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric</source>
        <translation>إضافة مقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add a metric to the selected stage, lane or touchpoint</source>
        <translation>إضافة مقياس إلى المرحلة أو المسار أو نقطة الاتصال المحددة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Add metric “{name}”</source>
        <translation>إضافة المقياس «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete %Ln metrics</source>
        <translation>
            <numerusform>حذف المقاييس</numerusform>
            <numerusform>حذف مقياس واحد</numerusform>
            <numerusform>حذف مقياسين</numerusform>
            <numerusform>حذف %Ln مقاييس</numerusform>
            <numerusform>حذف %Ln مقياسًا</numerusform>
            <numerusform>حذف %Ln مقياس</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Delete metric</source>
        <translation>حذف المقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/panel.py"/>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Attached to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Better</source>
        <translation>الأفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Whole journey</source>
        <translation>الرحلة كلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lane</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Touchpoint</source>
        <translation>نقطة الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Higher</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Lower</source>
        <translation>أقل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No target</source>
        <translation>لا هدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>No value</source>
        <translation>لا قيمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Off target</source>
        <translation>خارج الهدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>On target</source>
        <translation>ضمن الهدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Give both a value and a target to compare them.</source>
        <translation>أدخل القيمة والهدف معًا للمقارنة بينهما.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>lower is better</source>
        <translation>الأقل أفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{status}: {value} against a target of {target} ({direction})</source>
        <translation>{status}: {value} مقابل هدف قدره {target} ({direction})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Edit metric {field}</source>
        <translation>تحرير المقياس: {field}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field}: “{text}” is not a number.</source>
        <translation>{field}: «{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>{field} cannot be empty.</source>
        <translation>لا يمكن أن يكون {field} فارغًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/metrics/table.py"/>
        <source>Kind: use lower-case letters, digits and _ (like “repeat_rate”).</source>
        <translation>النوع: استخدم أحرفًا لاتينية صغيرة وأرقامًا و_ (مثل «repeat_rate»).</translation>
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
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>On</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>No notes yet. While presenting (View &gt; Present), N captures what the room says.</source>
        <translation>لا ملاحظات بعد. أثناء التقديم (عرض &gt; تقديم)، يلتقط المفتاح N ما يقوله الحاضرون.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain Point</source>
        <translation>نقطة ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn the selected notes into:</source>
        <translation>حوّل الملاحظات المحددة إلى:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Pain</source>
        <translation>ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Delete Notes</source>
        <translation>حذف الملاحظات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Pain Points</source>
        <translation>تحويل الملاحظات إلى نقاط ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Opportunities</source>
        <translation>تحويل الملاحظات إلى فرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/notes.py"/>
        <source>Turn Notes into Comments</source>
        <translation>تحويل الملاحظات إلى تعليقات</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/outline.py"/>
        <source>{kind} in {stage}</source>
        <translation>{kind} في {stage}</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Age band</source>
        <translation>&amp;الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Gender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Income band</source>
        <translation>شريحة ال&amp;دخل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Location</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Frustrations</source>
        <translation>الإحباطات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Motivations</source>
        <translation>الدوافع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Preferred channels</source>
        <translation>القنوات المفضلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Shops</source>
        <translation>المتاجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Websites</source>
        <translation>المواقع الإلكترونية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Brands</source>
        <translation>العلامات التجارية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>&amp;Quote</source>
        <translation>ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>In their own words</source>
        <translation>بكلماتهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Ads</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Word of mouth</source>
        <translation>الكلام الشفهي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose colour…</source>
        <translation>اختيار لون…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Use a colour picked from the persona&apos;s id</source>
        <translation>استخدم لونًا مشتقًا من معرّف الشخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose photo…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Edit persona “{name}”</source>
        <translation>تحرير الشخصية «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>This cannot be empty.</source>
        <translation>لا يمكن أن يكون هذا فارغًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too long: at most %Ln characters.</source>
        <translation>
            <numerusform>طويل جدًا: لا يُسمح بأي حرف.</numerusform>
            <numerusform>طويل جدًا: حرف واحد على الأكثر.</numerusform>
            <numerusform>طويل جدًا: حرفان على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %Ln أحرف على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %Ln حرفًا على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %Ln حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Too many entries: at most %Ln.</source>
        <translation>
            <numerusform>عدد الإدخالات كبير جدًا: لا يُسمح بأي إدخال.</numerusform>
            <numerusform>عدد الإدخالات كبير جدًا: إدخال واحد على الأكثر.</numerusform>
            <numerusform>عدد الإدخالات كبير جدًا: إدخالان على الأكثر.</numerusform>
            <numerusform>عدد الإدخالات كبير جدًا: %Ln إدخالات على الأكثر.</numerusform>
            <numerusform>عدد الإدخالات كبير جدًا: %Ln إدخالًا على الأكثر.</numerusform>
            <numerusform>عدد الإدخالات كبير جدًا: %Ln إدخال على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Persona colour</source>
        <translation>لون الشخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/form.py"/>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
</context>
<context>
    <name>PersonaImportDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from “{name}”</source>
        <translation>استيراد الشخصيات من «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas to import:</source>
        <translation>الشخصيات المراد استيرادها:</translation>
    </message>
</context>
<context>
    <name>PersonaManager</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Create a persona</source>
        <translation>إنشاء شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate the selected personas</source>
        <translation>تكرار الشخصيات المحددة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete the selected personas and take them off every card</source>
        <translation>حذف الشخصيات المحددة وإزالتها من كل البطاقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copy the selected personas</source>
        <translation>نسخ الشخصيات المحددة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas copied from a map</source>
        <translation>لصق الشخصيات المنسوخة من خريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from another .journey file</source>
        <translation>استيراد الشخصيات من ملف ‎.journey آخر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from file…</source>
        <translation>استيراد الشخصيات من ملف…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>New persona</source>
        <translation>شخصية جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>{name} (copy)</source>
        <translation>{name} (نسخة)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Duplicate personas</source>
        <translation>تكرار الشخصيات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete %Ln personas</source>
        <translation>
            <numerusform>حذف الشخصيات</numerusform>
            <numerusform>حذف شخصية واحدة</numerusform>
            <numerusform>حذف شخصيتين</numerusform>
            <numerusform>حذف %Ln شخصيات</numerusform>
            <numerusform>حذف %Ln شخصية</numerusform>
            <numerusform>حذف %Ln شخصية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Delete persona</source>
        <translation>حذف الشخصية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Copied %Ln persona(s).</source>
        <translation>
            <numerusform>لم تُنسخ أي شخصية.</numerusform>
            <numerusform>نُسخت شخصية واحدة.</numerusform>
            <numerusform>نُسخت شخصيتان.</numerusform>
            <numerusform>نُسخت %Ln شخصيات.</numerusform>
            <numerusform>نُسخت %Ln شخصية.</numerusform>
            <numerusform>نُسخت %Ln شخصية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>The clipboard holds no personas.</source>
        <translation>لا توجد شخصيات في الحافظة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Paste personas</source>
        <translation>لصق الشخصيات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Added %Ln persona(s).</source>
        <translation>
            <numerusform>لم تُضف أي شخصية.</numerusform>
            <numerusform>أُضيفت شخصية واحدة.</numerusform>
            <numerusform>أُضيفت شخصيتان.</numerusform>
            <numerusform>أُضيفت %Ln شخصيات.</numerusform>
            <numerusform>أُضيفت %Ln شخصية.</numerusform>
            <numerusform>أُضيفت %Ln شخصية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas from</source>
        <translation>استيراد الشخصيات من</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>خرائط الرحلات (*.journey);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Cannot import from “{name}”: {error}</source>
        <translation>تعذر الاستيراد من «{name}»: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>“{name}” has no personas.</source>
        <translation>لا توجد شخصيات في «{name}».</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Import personas</source>
        <translation>استيراد الشخصيات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/panel.py"/>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>System language ({name})</source>
        <translation>لغة النظام ({name})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>Menus, panels, numbers and dates follow the interface language. Each map keeps its own language and reading direction (set them in the inspector when nothing is selected); exports use the map&apos;s.</source>
        <translation>تتبع القوائم واللوحات والأرقام والتواريخ لغة الواجهة. تحتفظ كل خريطة بلغتها واتجاه قراءتها (اضبطهما في لوحة الخصائص عندما لا يكون أي شيء محددًا)؛ ويُصدَّر كل شيء بلغة الخريطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/preferences.py"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>PresentActions</name>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>P&amp;resent</source>
        <translation>تق&amp;ديم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present from This &amp;Stage</source>
        <translation>تقديم من هذه ال&amp;مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Show the map to a room, stage by stage, full screen</source>
        <translation>اعرض الخريطة على الحاضرين مرحلةً مرحلة بملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/present.py"/>
        <source>Present</source>
        <translation>التقديم</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Go to a stage (or zoom to a card) to capture a note on it.</source>
        <translation>انتقل إلى مرحلة (أو كبّر بطاقة) لتلتقط ملاحظة عليها.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Capture Note</source>
        <translation>التقاط ملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Open a voting round first (Workshop panel, or the console&apos;s Votes).</source>
        <translation>افتح جولة تصويت أولًا (لوحة ورشة العمل، أو الأصوات في وحدة التحكم).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Click a card to give it a dot.</source>
        <translation>انقر بطاقة لتمنحها نقطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Give Dot</source>
        <translation>منح نقطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Take Dot Back</source>
        <translation>استرجاع نقطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/session.py"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter console</source>
        <translation>وحدة تحكم المقدّم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Voting (V)</source>
        <translation>التصويت (V)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Presenter notes</source>
        <translation>ملاحظات المقدّم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Elapsed</source>
        <translation>المنقضي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Capture (N)</source>
        <translation>التقاط (N)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Vote</source>
        <translation>صوّت</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{where}   ({n} of {total})</source>
        <translation>{where}   ({n} من {total})</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>(no presenter notes for this view)</source>
        <translation>(لا ملاحظات للمقدّم في هذا العرض)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Note on: {where}</source>
        <translation>ملاحظة على: {where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Go to a stage to capture notes</source>
        <translation>انتقل إلى مرحلة لالتقاط الملاحظات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>The whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{name}, page {n} of {pages}</source>
        <translation>{name}، الصفحة {n} من {pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>No round shown</source>
        <translation>لا جولة معروضة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source> (closed)</source>
        <translation> (مغلقة)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>{who}: %Ln dots left</source>
        <translation>
            <numerusform>{who}: لم تبقَ نقاط</numerusform>
            <numerusform>{who}: بقيت نقطة واحدة</numerusform>
            <numerusform>{who}: بقيت نقطتان</numerusform>
            <numerusform>{who}: بقيت %Ln نقاط</numerusform>
            <numerusform>{who}: بقيت %Ln نقطة</numerusform>
            <numerusform>{who}: بقيت %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/console.py"/>
        <source>Persona lens (L): {name}</source>
        <translation>عدسة الشخصية (L): {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next view</source>
        <translation>العرض التالي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>previous view</source>
        <translation>العرض السابق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>the whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>go to that stage</source>
        <translation>انتقل إلى تلك المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>black screen</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>capture a note</source>
        <translation>التقط ملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>voting on or off</source>
        <translation>شغّل التصويت أو أوقفه</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>next participant</source>
        <translation>المشارك التالي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>give / take back a dot</source>
        <translation>امنح نقطة / استرجعها</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>persona lens</source>
        <translation>عدسة الشخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>light or dark</source>
        <translation>فاتح أو داكن</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/keys.py"/>
        <source>leave</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>لم يُعثر على مشكلات. لم يتغير شيء.</numerusform>
            <numerusform>عُثر على مشكلة واحدة. لم يتغير شيء.</numerusform>
            <numerusform>عُثر على مشكلتين. لم يتغير شيء.</numerusform>
            <numerusform>عُثر على %Ln مشكلات. لم يتغير شيء.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. لم يتغير شيء.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>%Ln problem(s) in {path}. Nothing was changed.</source>
        <translation>
            <numerusform>لا مشكلات في {path}. لم يتغير شيء.</numerusform>
            <numerusform>مشكلة واحدة في {path}. لم يتغير شيء.</numerusform>
            <numerusform>مشكلتان في {path}. لم يتغير شيء.</numerusform>
            <numerusform>%Ln مشكلات في {path}. لم يتغير شيء.</numerusform>
            <numerusform>%Ln مشكلة في {path}. لم يتغير شيء.</numerusform>
            <numerusform>%Ln مشكلة في {path}. لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>journeymap did not close properly last time. These maps had unsaved changes:</source>
        <translation>لم يُغلق journeymap بشكل سليم في المرة السابقة. كانت في هذه الخرائط تغييرات غير محفوظة:</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Discard all</source>
        <translation>تجاهل الكل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>never saved</source>
        <translation>لم تُحفظ قط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/recovery.py"/>
        <source>{title} — {where} (autosaved {when})</source>
        <translation>{title} — {where} (حُفظت تلقائيًا: {when})</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Change Voting Round</source>
        <translation>تغيير جولة التصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>New Voting Round</source>
        <translation>جولة تصويت جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>What matters most</source>
        <translation>ما الأهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour (#rrggbb)</source>
        <translation>اللون (#rrggbb)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take Out</source>
        <translation>إخراج</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Take the selected people out of the round</source>
        <translation>أخرج الأشخاص المحددين من الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>How many people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Dots each</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Vote on</source>
        <translation>التصويت على</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Participant&apos;s Colour</source>
        <translation>لون المشارك</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>“{colour}” is not a colour: write it as #rrggbb, or leave it empty</source>
        <translation>«{colour}» ليس لونًا: اكتبه بالصيغة #rrggbb أو اتركه فارغًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>Tick at least one kind of card to vote on.</source>
        <translation>حدّد نوعًا واحدًا على الأقل من البطاقات للتصويت عليه.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>a round needs a name</source>
        <translation>تحتاج الجولة إلى اسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/round_dialog.py"/>
        <source>This takes back %Ln dots already given: {people}.</source>
        <translation>
            <numerusform>لا يسترجع هذا أي نقطة: {people}.</numerusform>
            <numerusform>يسترجع هذا نقطة واحدة مُنحت بالفعل: {people}.</numerusform>
            <numerusform>يسترجع هذا نقطتين مُنحتا بالفعل: {people}.</numerusform>
            <numerusform>يسترجع هذا %Ln نقاط مُنحت بالفعل: {people}.</numerusform>
            <numerusform>يسترجع هذا %Ln نقطة مُنحت بالفعل: {people}.</numerusform>
            <numerusform>يسترجع هذا %Ln نقطة مُنحت بالفعل: {people}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>The round picked here is the one whose dots the canvas shows</source>
        <translation>الجولة المختارة هنا هي التي تُعرض نقاطها على اللوحة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Round…</source>
        <translation>جولة جديدة…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Rename the round, change who votes, their colours and dots</source>
        <translation>أعد تسمية الجولة، وغيّر من يصوّت وألوانهم ونقاطهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source> (closed)</source>
        <translation> (مغلقة)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>On the canvas: the dots of “{round}”</source>
        <translation>على اللوحة: نقاط «{round}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>No voting round yet: New Round… opens one.</source>
        <translation>لا جولة تصويت بعد: «جولة جديدة…» تفتح واحدة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>{given} of %Ln dots given. {people}</source>
        <translation>
            <numerusform>مُنحت {given} من %Ln نقطة. {people}</numerusform>
            <numerusform>مُنحت {given} من نقطة واحدة. {people}</numerusform>
            <numerusform>مُنحت {given} من نقطتين. {people}</numerusform>
            <numerusform>مُنحت {given} من %Ln نقاط. {people}</numerusform>
            <numerusform>مُنحت {given} من %Ln نقطة. {people}</numerusform>
            <numerusform>مُنحت {given} من %Ln نقطة. {people}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>New Voting Round</source>
        <translation>جولة تصويت جديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Change Voting Round</source>
        <translation>تغيير جولة التصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Close Round</source>
        <translation>إغلاق الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reopen Round</source>
        <translation>إعادة فتح الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Reset Round</source>
        <translation>إعادة ضبط الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/rounds.py"/>
        <source>Delete Round</source>
        <translation>حذف الجولة</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>New map from a template</source>
        <translation>خريطة جديدة من قالب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/templates.py"/>
        <source>{title}

{description}

Stages: {stages}
Lanes: {lanes}</source>
        <translation>{title}

{description}

المراحل: {stages}
المسارات: {lanes}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;جديد من قالب…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;About journeymap</source>
        <translation>&amp;حول journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Persona</source>
        <translation>إضافة شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona</source>
        <translation>شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Add Metric</source>
        <translation>إضافة مقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Metric</source>
        <translation>مقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Emotion Curve per Persona</source>
        <translation>منحنى م&amp;شاعر لكل شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Draw one emotion curve for each persona (up to five)</source>
        <translation>ارسم منحنى مشاعر لكل شخصية (حتى خمس شخصيات)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>&amp;Panels</source>
        <translation>الل&amp;وحات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Clear the List</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Persona lens: fade what does not apply to the chosen persona</source>
        <translation>عدسة الشخصية: تُخفت ما لا ينطبق على الشخصية المختارة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Stage</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Lane</source>
        <translation>مسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Touchpoint</source>
        <translation>نقطة اتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Pain point</source>
        <translation>نقطة ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/window/actions.py"/>
        <source>All personas</source>
        <translation>كل الشخصيات</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/workshop/__init__.py"/>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
</context>
<context>
    <name>ZoomField</name>
    <message>
        <location filename="../../journeymap/ui/window/zoom_field.py"/>
        <source>Zoom: click to type one (Ctrl+0 fits the map&apos;s width)</source>
        <translation>التكبير: انقر لكتابة قيمة (Ctrl+0 يلائم عرض الخريطة)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>هل تريد حفظ التغييرات في «{name}» قبل إغلاقها؟</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>إن لم تحفظ، ستضيع التغييرات التي أجريتها منذ آخر حفظ.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>File changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>غيّر برنامج آخر «{name}» منذ أن فتحته.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload it (your unsaved changes are lost), or overwrite it with your version (theirs is lost).</source>
        <translation>أعد تحميله (ستضيع تغييراتك غير المحفوظة)، أو استبدل به نسختك (ستضيع نسختهم).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>Overwrite</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A desktop editor for customer journey maps: stages, touchpoints, emotions, pain points, opportunities, personas and metrics, kept as open .journey files.&lt;/p&gt;&lt;p&gt;Works offline: journeymap never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;محرر مكتبي لخرائط رحلة العميل: المراحل ونقاط الاتصال والمشاعر ونقاط الألم والفرص والشخصيات والمقاييس، محفوظة في ملفات ‎.journey مفتوحة.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال: لا يستخدم journeymap الشبكة أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/dialogs/messages.py"/>
        <source>About journeymap</source>
        <translation>حول journeymap</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Ads</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Word of mouth</source>
        <translation>الكلام الشفهي</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Channel</source>
        <translation>قناة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Emotion</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Observed</source>
        <translation>مُلاحَظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Assumed</source>
        <translation>مُفترَض</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Proposed</source>
        <translation>مُقترَح</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Frontstage</source>
        <translation>الواجهة الأمامية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Backstage</source>
        <translation>خلف الكواليس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Planned</source>
        <translation>مُخطَّط</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Dropped</source>
        <translation>مُستبعَد</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Higher</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/inspector/fields.py"/>
        <source>Lower</source>
        <translation>أقل</translation>
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
        <translation>journeymap [FILE ...]          افتح كل FILE في نافذة خاصة به من المحرر
       journeymap الأمر [الوسائط ...]  اعمل على الخرائط دون المحرر (الأمر --help)
       journeymap --version</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Draw customer journey maps. With no command, opens the editor: one window for each FILE.journey given (an .xlsx or .mmd file is offered for import), else the last map. The editor needs a graphical session; every COMMAND works without one. Works offline; never uses the network.</source>
        <translation>ارسم خرائط رحلة العميل. من دون أمر يفتح المحرر: نافذة لكل FILE.journey مُعطى (ويُعرض استيراد ملف ‎.xlsx أو ‎.mmd)، وإلا فآخر خريطة. يحتاج المحرر إلى جلسة رسومية؛ وكل أمر يعمل من دونها. يعمل دون اتصال؛ ولا يستخدم الشبكة أبدًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show the version and exit</source>
        <translation>إظهار الإصدار والخروج</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show this help message and exit</source>
        <translation>إظهار رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>show program&apos;s version number and exit</source>
        <translation>اعرض رقم إصدار البرنامج واخرج</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected one argument</source>
        <translation>كان متوقعًا وسيط واحد</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at most one argument</source>
        <translation>كان متوقعًا وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>expected at least one argument</source>
        <translation>كان متوقعًا وسيط واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s أيًّا من %(matches)s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>unrecognized arguments: {args}</source>
        <translation>وسائط غير معروفة: {args}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>internal error: {error}</source>
        <translation>خطأ داخلي: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{options}: the editor takes only FILE arguments; options go after a COMMAND</source>
        <translation>{options}: لا يأخذ المحرر إلا وسائط FILE؛ تأتي الخيارات بعد الأمر</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the editor needs a graphical session ({reason}).</source>
        <translation>يحتاج المحرر إلى جلسة رسومية ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>Every command works without one: {commands}</source>
        <translation>كل أمر يعمل من دونها: {commands}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>(journeymap --help lists them; journeymap COMMAND --help tells more).</source>
        <translation>(يسردها journeymap --help؛ ويشرح journeymap الأمر --help المزيد).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is an Excel workbook, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>مصنف Excel وليس خريطة؛ اصنع منه خريطة بالأمر: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>is a Mermaid journey, not a map; make a map of it with: journeymap import {file} {out}</source>
        <translation>رحلة بصيغة Mermaid وليست خريطة؛ اصنع منها خريطة بالأمر: journeymap import {file} {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln stages are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: لا مراحل باسم {name!r}: {ids}</numerusform>
            <numerusform>{option}: مرحلة واحدة باسم {name!r}: {ids}</numerusform>
            <numerusform>{option}: مرحلتان باسم {name!r}؛ أعطِ معرّف إحداهما: {ids}</numerusform>
            <numerusform>{option}: %Ln مراحل باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
            <numerusform>{option}: %Ln مرحلة باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
            <numerusform>{option}: %Ln مرحلة باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: %Ln personas are named {name!r}; give the id of one: {ids}</source>
        <translation>
            <numerusform>{option}: لا شخصيات باسم {name!r}: {ids}</numerusform>
            <numerusform>{option}: شخصية واحدة باسم {name!r}: {ids}</numerusform>
            <numerusform>{option}: شخصيتان باسم {name!r}؛ أعطِ معرّف إحداهما: {ids}</numerusform>
            <numerusform>{option}: %Ln شخصيات باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
            <numerusform>{option}: %Ln شخصية باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
            <numerusform>{option}: %Ln شخصية باسم {name!r}؛ أعطِ معرّف إحداها: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no stage {name!r}; the stages are: {names}</source>
        <translation>{option}: لا مرحلة باسم {name!r}؛ المراحل هي: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{option}: no persona {name!r}; the personas are: {names}</source>
        <translation>{option}: لا شخصية باسم {name!r}؛ الشخصيات هي: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>the output file name is empty</source>
        <translation>اسم ملف الإخراج فارغ</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is a folder; give a file name</source>
        <translation>{out}: مجلد؛ أعطِ اسم ملف</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: is the input file; write to another name</source>
        <translation>{out}: هو ملف الإدخال؛ اكتب باسم آخر</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/__init__.py"/>
        <source>{out}: exists already (use --force to overwrite)</source>
        <translation>{out}: موجود بالفعل (استخدم ‎--force للاستبدال)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>show what changed between two maps</source>
        <translation>اعرض ما تغيّر بين خريطتين</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>Compare two .journey files element by element: added, removed, changed, moved and reordered elements and the map&apos;s own fields. Exit 0: the same map; 1: different; 2: error.</source>
        <translation>يقارن ملفي ‎.journey عنصرًا عنصرًا: العناصر المضافة والمحذوفة والمتغيرة والمنقولة والمعاد ترتيبها وحقول الخريطة نفسها. رمز الخروج 0: الخريطة نفسها؛ 1: مختلفتان؛ 2: خطأ.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the older map</source>
        <translation>الخريطة الأقدم</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>the newer map</source>
        <translation>الخريطة الأحدث</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/diff.py"/>
        <source>print the changes as JSON</source>
        <translation>اطبع التغييرات بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>write a map as Excel, Mermaid, CSV, an image, slides or a handout</source>
        <translation>اكتب خريطة بصيغة Excel أو Mermaid أو CSV أو صورة أو شرائح أو مطبوعة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>Write FILE as OUT; the format comes from OUT&apos;s suffix: {suffixes}.</source>
        <translation>يكتب FILE باسم OUT؛ وتُحدَّد الصيغة من لاحقة OUT: {suffixes}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the .journey file</source>
        <translation>ملف ‎.journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>the file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: image scale; default 1</source>
        <translation>PNG: مقياس الصورة؛ الافتراضي 1</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: print resolution instead of a scale (96 = scale 1)</source>
        <translation>PNG: دقة الطباعة بدلًا من المقياس (96 = المقياس 1)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>only what concerns this persona (id or name)</source>
        <translation>فقط ما يخص هذه الشخصية (المعرّف أو الاسم)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF page size</source>
        <translation>حجم صفحة PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: tile a large map across pages of --page-size, A3 when that is fit (the default)</source>
        <translation>PDF: قسّم الخريطة الكبيرة على صفحات بحجم --page-size، وA3 حين يكون fit (الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG: transparent background</source>
        <translation>PNG: خلفية شفافة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PNG, SVG: lay the whole map out to fill a picture of this shape (a slide&apos;s)</source>
        <translation>PNG وSVG: رتّب الخريطة كاملة لتملأ صورة بهذا الشكل (شكل شريحة)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>PDF: the workshop handout (a cover, a page per stage, the results) on A4 landscape</source>
        <translation>PDF: مطبوعة ورشة العمل (غلاف، وصفحة لكل مرحلة، والنتائج) على A4 أفقي</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>overwrite OUT if it exists</source>
        <translation>استبدال OUT إن كان موجودًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {sizes}</source>
        <translation>اختر واحدًا من: {sizes}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>choose one of {frames}</source>
        <translation>اختر واحدًا من: {frames}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--scale must be from {low} to {high}</source>
        <translation>يجب أن يكون ‎--scale من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>--dpi must be from {low:g} to {high:g}</source>
        <translation>يجب أن يكون ‎--dpi من {low:g} إلى {high:g}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for the handout; ignored</source>
        <translation>ملاحظة: {options}: لا تُستخدم في المطبوعة؛ تم تجاهلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: {options}: not used for {suffix} files; ignored</source>
        <translation>ملاحظة: {options}: لا تُستخدم لملفات {suffix}؛ تم تجاهلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>note: --tile: the pages are A3; --page-size A4, A1 or A0 chooses others</source>
        <translation>ملاحظة: --tile: الصفحات بحجم A3؛ ويختار --page-size A4 أو A1 أو A0 غيره</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <source>exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{out}: cannot write: {error}</source>
        <translation>{out}: تتعذر الكتابة: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/export.py"/>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>wrote {out}</source>
        <translation>كُتب {out}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>let git merge and diff .journey maps</source>
        <translation>اسمح لـ git بدمج خرائط ‎.journey ومقارنتها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>Write the .gitattributes line and the git config for journeymap&apos;s merge driver (three-way merge, conflicts kept in the map) and diff driver (changes in words). Safe to run again; --remove takes it back out.</source>
        <translation>يكتب سطر ‎.gitattributes وإعدادات git لمشغّل الدمج في journeymap (دمج ثلاثي، مع إبقاء التعارضات في الخريطة) ومشغّل الفروق (التغييرات بالكلمات). تشغيله مجددًا آمن؛ و‎--remove يتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>for all your repositories, not just this one</source>
        <translation>لكل مستودعاتك، وليس لهذا فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>remove the settings instead</source>
        <translation>أزل الإعدادات بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/git_setup.py"/>
        <source>journeymap git-setup: {error}</source>
        <translation>journeymap git-setup: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>make a .journey file from an Excel workbook or a Mermaid journey</source>
        <translation>أنشئ ملف ‎.journey من مصنف Excel أو رحلة Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>Read IN (.xlsx or .mmd) and write it as OUT.journey.</source>
        <translation>يقرأ IN ‏(.xlsx أو .mmd) ويكتبه باسم OUT.journey.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the .xlsx or .mmd file to read</source>
        <translation>ملف ‎.xlsx أو ‎.mmd المراد قراءته</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <source>the map to write</source>
        <translation>الخريطة المراد كتابتها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/import_.py"/>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>{out}: the file name must end in .journey</source>
        <translation>{out}: يجب أن ينتهي اسم الملف بـ ‎.journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>add journeymap to your desktop: menu entry, .journey file type, icons</source>
        <translation>أضف journeymap إلى سطح المكتب: مدخل القائمة ونوع ملفات ‎.journey والأيقونات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>Put a menu entry, the application/x-journey file type (*.journey files, and files that start with the journeymap header) and the icons in your data folder ($XDG_DATA_HOME, else ~/.local/share), so that a file manager shows .journey files with their icon and a double-click opens them in journeymap. Only your account changes.</source>
        <translation>يضع مدخل قائمة ونوع الملفات application/x-journey (ملفات ‎*.journey والملفات التي تبدأ بترويسة journeymap) والأيقونات في مجلد بياناتك ($XDG_DATA_HOME، وإلا ‎~/.local/share)، فيعرض مدير الملفات ملفات ‎.journey بأيقونتها ويفتحها النقر المزدوج في journeymap. لا يتغير إلا حسابك.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>take them away again</source>
        <translation>أزلها مجددًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>removed {path}</source>
        <translation>أُزيل {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>nothing to remove in {folder}</source>
        <translation>لا شيء لإزالته في {folder}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>wrote {path} ({role})</source>
        <translation>كُتب {path} ({role})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>refreshed the desktop&apos;s caches with {commands}</source>
        <translation>حُدّثت ذاكرات سطح المكتب المؤقتة بالأوامر {commands}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>{command} is missing, so the file type takes effect only once it runs: apt-get install {package}</source>
        <translation>{command} غير موجود، لذا لن يسري نوع الملف إلا بعد تشغيله: apt-get install {package}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>note: {command} is missing (apt-get install {package}); desktops refresh without it, later</source>
        <translation>ملاحظة: {command} غير موجود (apt-get install {package})؛ تتحدّث أسطح المكتب من دونه، لاحقًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/install_desktop.py"/>
        <source>journeymap now opens .journey files from the file manager; it starts {command}</source>
        <translation>يفتح journeymap الآن ملفات ‎.journey من مدير الملفات؛ ويشغّل {command}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>three-way merge of maps</source>
        <translation>دمج ثلاثي للخرائط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>Merge the changes OURS and THEIRS made to BASE into OUT. Conflicts keep ours and are recorded in OUT, to be resolved in the editor. Exit 0: clean; 1: conflicts; 2: error.</source>
        <translation>يدمج التغييرات التي أجراها OURS وTHEIRS على BASE في OUT. في التعارضات تبقى نسختنا وتُسجَّل التعارضات في OUT لحلها في المحرر. رمز الخروج 0: دمج نظيف؛ 1: تعارضات؛ 2: خطأ.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the common ancestor (an empty file: none)</source>
        <translation>الأصل المشترك (ملف فارغ: لا يوجد)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the merged map to write</source>
        <translation>الخريطة المدموجة المراد كتابتها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>the map&apos;s name in messages (git passes it)</source>
        <translation>اسم الخريطة في الرسائل (يمرره git)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>print only the conflicts</source>
        <translation>اطبع التعارضات فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: conflict: {text}</source>
        <translation>{name}: تعارض: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them</source>
        <translation>
            <numerusform>{name}: لم يُحفظ أي تعارض في الخريطة</numerusform>
            <numerusform>{name}: حُفظ تعارض واحد في الخريطة؛ افتحها في journeymap لحله</numerusform>
            <numerusform>{name}: حُفظ تعارضان في الخريطة؛ افتحها في journeymap لحلهما</numerusform>
            <numerusform>{name}: حُفظت %Ln تعارضات في الخريطة؛ افتحها في journeymap لحلها</numerusform>
            <numerusform>{name}: حُفظ %Ln تعارضًا في الخريطة؛ افتحها في journeymap لحلها</numerusform>
            <numerusform>{name}: حُفظ %Ln تعارض في الخريطة؛ افتحها في journeymap لحلها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/merge.py"/>
        <source>{name}: merged cleanly</source>
        <translation>{name}: دُمجت بلا تعارضات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>must be 1 or more, not {value}</source>
        <translation>يجب أن يكون 1 أو أكثر، لا {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>present a map to a room, full screen, stage by stage</source>
        <translation>قدّم خريطة للحاضرين بملء الشاشة، مرحلةً مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>Present FILE full screen: the whole map, each stage, the whole map again. Keys: Right/Left, PageDown/PageUp, Space, Home/End, a stage&apos;s number, B or . (black screen), N (capture a note), V (vote), Esc (leave).</source>
        <translation>يقدّم FILE بملء الشاشة: الخريطة كاملة، ثم كل مرحلة، ثم الخريطة كاملة مجددًا. المفاتيح: يمين/يسار، PageDown/PageUp، المسافة، Home/End، رقم المرحلة، B أو . (شاشة سوداء)، N (التقاط ملاحظة)، V (تصويت)، Esc (خروج).</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>show the room screen N (1 is the first)</source>
        <translation>اعرض على الحاضرين الشاشة N (1 هي الأولى)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>start at stage N (1 is the first)</source>
        <translation>ابدأ من المرحلة N (1 هي الأولى)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>the countdown on the console (default 30)</source>
        <translation>العد التنازلي في وحدة التحكم (الافتراضي 30)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/present.py"/>
        <source>{file}: the map has no stages to present</source>
        <translation>{file}: لا مراحل في الخريطة لتقديمها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/present.py"/>
        <source>--stage {n}: the map has %Ln stages</source>
        <translation>
            <numerusform>--stage {n}: لا مراحل في الخريطة</numerusform>
            <numerusform>--stage {n}: في الخريطة مرحلة واحدة</numerusform>
            <numerusform>--stage {n}: في الخريطة مرحلتان</numerusform>
            <numerusform>--stage {n}: في الخريطة %Ln مراحل</numerusform>
            <numerusform>--stage {n}: في الخريطة %Ln مرحلة</numerusform>
            <numerusform>--stage {n}: في الخريطة %Ln مرحلة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>print the JSON Schema of .journey files</source>
        <translation>اطبع مخطط JSON لملفات ‎.journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>Print the JSON Schema of the current .journey format, or write it to FILE. It checks types and ranges; &apos;journeymap validate&apos; also checks references.</source>
        <translation>يطبع مخطط JSON لصيغة ‎.journey الحالية، أو يكتبه في FILE. يتحقق من الأنواع والنطاقات؛ ويتحقق &apos;journeymap validate&apos; من المراجع أيضًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>write the schema to FILE instead</source>
        <translation>اكتب المخطط في FILE بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/schema.py"/>
        <source>overwrite FILE if it exists</source>
        <translation>استبدال FILE إن كان موجودًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>print a map as plain text</source>
        <translation>اطبع خريطة نصًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>Print a .journey map as text: each element with its fields, in the map&apos;s order.</source>
        <translation>يطبع خريطة ‎.journey نصًا: كل عنصر مع حقوله، بترتيب الخريطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>for git: print a file that is not a valid map as it is, instead of failing</source>
        <translation>لـ git: اطبع الملف الذي ليس خريطة صالحة كما هو بدلًا من الإخفاق</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/show.py"/>
        <source>(not a valid map: {problem})</source>
        <translation>(ليست خريطة صالحة: {problem})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>counts and insights of a map</source>
        <translation>أعداد الخريطة ورؤاها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>print JSON instead of tables</source>
        <translation>اطبع JSON بدلًا من الجداول</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the stage that counts as conversion, by name or id (default: the stage named like purchase)</source>
        <translation>المرحلة التي تُعد تحويلًا، باسمها أو معرّفها (الافتراضي: المرحلة المسماة مثل الشراء)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>also show the conversion if flow FLOW had share SHARE (0 to 1)</source>
        <translation>أظهر أيضًا التحويل لو كانت حصة التدفق FLOW هي SHARE (من 0 إلى 1)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>--what-if wants FLOW=SHARE, for example f1=0.8, not {text!r}</source>
        <translation>يتطلب ‎--what-if الصيغة FLOW=SHARE، مثل f1=0.8، وليس {text!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>element</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per stage</source>
        <translation>حسب المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>touchpoints</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Per lane</source>
        <translation>حسب المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lane</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Funnel</source>
        <translation>القمع</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>drop-off</source>
        <translation>التسرب</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>lost</source>
        <translation>المفقودون</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from stage</source>
        <translation>من المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>loop back (flow)</source>
        <translation>حلقة عودة (تدفق)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to stage</source>
        <translation>إلى المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis</source>
        <translation>تحليل التدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no flows to analyse</source>
        <translation>لا توجد في الخريطة تدفقات لتحليلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>none of the {level} flows has a share: no numbers to compute</source>
        <translation>لا حصة لأي من تدفقات «{level}»: لا أرقام لحسابها</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flow analysis over the {level} flows; conversion to “{target}”: {value}</source>
        <translation>تحليل تدفقات «{level}»؛ التحويل إلى «{target}»: {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>reached</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Most travelled paths to “{target}”</source>
        <translation>أكثر المسارات سلوكًا إلى «{target}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>What if flow {flow} had share {new} (now {old}): conversion {before} → {after}</source>
        <translation>لو كانت حصة التدفق {flow} هي {new} (الآن {old}): التحويل {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Flows (their ids are what --what-if FLOW=SHARE takes)</source>
        <translation>التدفقات (معرّفاتها هي ما يأخذه --what-if FLOW=SHARE)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flow</source>
        <translation>تدفق</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage</source>
        <translation>التغطية متعددة القنوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>the map has no channel lanes</source>
        <translation>لا توجد في الخريطة مسارات قنوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>{empty} of {cells} cells empty (shown as –)</source>
        <translation>{empty} من {cells} خلية فارغة (معروضة بـ –)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Omnichannel coverage (touchpoints per stage and channel)</source>
        <translation>التغطية متعددة القنوات (نقاط الاتصال لكل مرحلة وقناة)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>affected unknown</source>
        <translation>المتأثرون غير معروفين</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Pain hot spots (severity × share affected)</source>
        <translation>بؤر الألم (الشدة × نسبة المتأثرين)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>pain points on no channel: score {score}</source>
        <translation>نقاط ألم خارج أي قناة: الدرجة {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no structural problems found</source>
        <translation>لم يُعثر على مشكلات هيكلية</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/cli/stats.py"/>
        <source>Votes: {name} ({state}, {given} of %Ln dots)</source>
        <translation>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من نقطة واحدة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من نقطتين)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقاط)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
            <numerusform>الأصوات: {name} ({state}، {given} من %Ln نقطة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>voters</source>
        <translation>المصوّتون</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/stats.py"/>
        <source>no dots yet</source>
        <translation>لا نقاط بعد</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>list the map templates</source>
        <translation>اعرض قوالب الخرائط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>create a map from a template</source>
        <translation>أنشئ خريطة من قالب</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>template name (see &apos;journeymap templates&apos;)</source>
        <translation>اسم القالب (انظر &apos;journeymap templates&apos;)</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the new map&apos;s title</source>
        <translation>عنوان الخريطة الجديدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the file to create</source>
        <translation>الملف المراد إنشاؤه</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>the template&apos;s language (default: the language of the locale, {language})</source>
        <translation>لغة القالب (الافتراضي: لغة الإعدادات المحلية، {language})</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <location filename="../../journeymap/formats/templates.py"/>
        <source>no template {name!r}; known: {known}</source>
        <translation>لا يوجد قالب {name!r}؛ المعروفة: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/templates.py"/>
        <source>created {out} from template {name}</source>
        <translation>أُنشئ {out} من القالب {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>check .journey files</source>
        <translation>افحص ملفات ‎.journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>Check .journey files; print FILE: location: message for every problem.</source>
        <translation>يفحص ملفات ‎.journey؛ ويطبع FILE: الموضع: الرسالة لكل مشكلة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>print only problems</source>
        <translation>اطبع المشكلات فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>unresolved merge conflict: {text}</source>
        <translation>تعارض دمج معلق: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/cli/validate.py"/>
        <source>{file}: valid</source>
        <translation>{file}: صالح</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>image export is not available in this installation ({error})</source>
        <translation>تصدير الصور غير متاح في هذا التثبيت ({error})</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>drawing</source>
        <translation>جارٍ الرسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>writing</source>
        <translation>جارٍ الكتابة</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <source>byte {n}</source>
        <translation>البايت {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/service.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Excel workbooks</source>
        <translation>مصنفات Excel</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>Mermaid journeys</source>
        <translation>رحلات Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>CSV files</source>
        <translation>ملفات CSV</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>SVG drawing</source>
        <translation>رسم SVG</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>PowerPoint presentations</source>
        <translation>عروض PowerPoint التقديمية</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>cannot tell the format; use one of {known}</source>
        <translation>تتعذر معرفة الصيغة؛ استخدم إحدى: {known}</translation>
    </message>
    <message>
        <location filename="../../journeymap/exchange/suffixes.py"/>
        <source>can import {suffixes} and {last} files</source>
        <translation>يمكن استيراد ملفات {suffixes} و{last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>lane id</source>
        <translation>معرّف المسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <source>stage id</source>
        <translation>معرّف المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>thoughts</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>emotion</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/csv_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice</source>
        <translation>صيغة بلا نتيجة محفوظة: اكتب القيمة، أو افتح المصنف واحفظه في Excel أو LibreOffice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a row has more than %Ln cells</source>
        <translation>
            <numerusform>في صف أكثر من الحد</numerusform>
            <numerusform>في صف أكثر من خلية واحدة</numerusform>
            <numerusform>في صف أكثر من خليتين</numerusform>
            <numerusform>في صف أكثر من %Ln خلايا</numerusform>
            <numerusform>في صف أكثر من %Ln خلية</numerusform>
            <numerusform>في صف أكثر من %Ln خلية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>unknown cell type {kind}</source>
        <translation>نوع خلية غير معروف {kind}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>the cell refers to a shared text that the workbook does not have</source>
        <translation>تشير الخلية إلى نص مشترك لا يحتويه المصنف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a date cell holds {value}, which is no date</source>
        <translation>تحتوي خلية تاريخ على {value}، وهي ليست تاريخًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a number cell holds {value}, which is no number</source>
        <translation>تحتوي خلية رقمية على {value}، وهي ليست رقمًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>a TRUE/FALSE cell holds {value}</source>
        <translation>تحتوي خلية صواب/خطأ على {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} is required</source>
        <translation>الحقل {field} مطلوب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field} must be {low}..{high} (got {value})</source>
        <translation>يجب أن يكون {field} ضمن {low}..{high} (القيمة: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: too large: {number}</source>
        <translation>{field}: كبير جدًا: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message} (got {value})</source>
        <translation>{field}: {message} (القيمة: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_cells.py"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer journey map</source>
        <translation>خريطة رحلة العميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>Import reads this sheet and the tables; the Map and Funnel sheets are views.</source>
        <translation>يقرأ الاستيراد هذه الورقة والجداول؛ أما ورقتا الخريطة والقمع فللعرض فقط.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_export.py"/>
        <source>What workshops added to the map: sticky notes, voting rounds and votes.</source>
        <translation>ما أضافته ورش العمل إلى الخريطة: الملاحظات اللاصقة وجولات التصويت والأصوات.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>is not a regular file (a device or a pipe)</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>حجم المصنف {size} ميغابايت؛ والحد {limit} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>ليس مصنف Excel ‏(.xlsx): الملف ليس أرشيف zip</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook is damaged: {error}</source>
        <translation>المصنف تالف: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook has %Ln parts; the limit is {limit}</source>
        <translation>
            <numerusform>لا أجزاء في المصنف؛ والحد {limit}</numerusform>
            <numerusform>في المصنف جزء واحد؛ والحد {limit}</numerusform>
            <numerusform>في المصنف جزءان؛ والحد {limit}</numerusform>
            <numerusform>في المصنف %Ln أجزاء؛ والحد {limit}</numerusform>
            <numerusform>في المصنف %Ln جزءًا؛ والحد {limit}</numerusform>
            <numerusform>في المصنف %Ln جزء؛ والحد {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>the workbook unpacks to {size} MB; the limit is {limit} MB (a zip bomb?)</source>
        <translation>يصل حجم المصنف بعد فك ضغطه إلى {size} ميغابايت؛ والحد {limit} ميغابايت (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} is compressed {ratio}:1, far more than any workbook (a zip bomb?)</source>
        <translation>نسبة ضغط {part} هي {ratio}:1، وهي أعلى بكثير من أي مصنف (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_guard.py"/>
        <source>{part} declares a DOCTYPE or entities, which workbooks never do (an entity bomb?)</source>
        <translation>يعلن {part} عن DOCTYPE أو كيانات، وهو ما لا تفعله المصنفات أبدًا (قنبلة كيانات؟)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the workbook declares XML entities (an entity bomb?)</source>
        <translation>يعلن المصنف عن كيانات XML (قنبلة كيانات؟)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a readable Excel workbook (.xlsx): {error}</source>
        <translation>ليس مصنف Excel ‏(.xlsx) قابلًا للقراءة: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a journeymap workbook: it has none of the sheets {names}</source>
        <translation>ليس مصنف journeymap: لا يحتوي أيًّا من الأوراق {names}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the sheet cannot be read: {error}</source>
        <translation>تتعذر قراءة الورقة: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>more than %Ln rows; that is the limit</source>
        <translation>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
            <numerusform>أكثر من %Ln صف؛ هذا هو الحد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>not a valid id: {id}</source>
        <translation>معرّف غير صالح: {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>duplicate id {id}</source>
        <translation>معرّف مكرر {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <location filename="../../journeymap/util/display.py"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>%Ln elements are named {name}: write the id of the {kind} you mean</source>
        <translation>
            <numerusform>لا عناصر باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
            <numerusform>عنصر واحد باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
            <numerusform>عنصران باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
            <numerusform>%Ln عناصر باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
            <numerusform>%Ln عنصرًا باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
            <numerusform>%Ln عنصر باسم {name}: اكتب معرّف العنصر من نوع «{kind}» الذي تقصده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>{id} is a {found}, not a {kind}</source>
        <translation>{id} من نوع «{found}» وليس «{kind}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>no {kind} with the id or name {value}</source>
        <translation>لا يوجد عنصر من نوع «{kind}» بالمعرّف أو الاسم {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>a number is needed here, not {value}</source>
        <translation>يلزم رقم هنا، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>the file version must be a whole number from 1 (got {value})</source>
        <translation>يجب أن يكون إصدار الملف عددًا صحيحًا من 1 فأكثر (القيمة: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>written by a newer journeymap (file version {v}; this one reads up to {known}): please update</source>
        <translation>كُتب بإصدار أحدث من journeymap (إصدار الملف {v}؛ وهذا الإصدار يقرأ حتى {known}): يُرجى التحديث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>text is longer than %Ln characters</source>
        <translation>
            <numerusform>النص أطول من الحد</numerusform>
            <numerusform>النص أطول من حرف واحد</numerusform>
            <numerusform>النص أطول من حرفين</numerusform>
            <numerusform>النص أطول من %Ln أحرف</numerusform>
            <numerusform>النص أطول من %Ln حرفًا</numerusform>
            <numerusform>النص أطول من %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_import.py"/>
        <source>this lane already has a text for this stage</source>
        <translation>لهذا المسار نص لهذه المرحلة بالفعل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very positive</source>
        <translation>إيجابي جدًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>positive</source>
        <translation>إيجابي</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>negative</source>
        <translation>سلبي</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>very negative</source>
        <translation>سلبي جدًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ولا شيء غير ذلك</numerusform>
            <numerusform>… وعنصر آخر</numerusform>
            <numerusform>… وعنصران آخران</numerusform>
            <numerusform>… و%Ln عناصر أخرى</numerusform>
            <numerusform>… و%Ln عنصرًا آخر</numerusform>
            <numerusform>… و%Ln عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>{label} (average {average} of {n})</source>
        <translation>{label} (المتوسط {average} من {n})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>severity {n}/5</source>
        <translation>الشدة {n}/٥</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>{pct} affected</source>
        <translation>{pct} متأثرون</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>impact {impact}/5, effort {effort}/5, {status}</source>
        <translation>الأثر {impact}/٥، الجهد {effort}/٥، {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>target {target}</source>
        <translation>الهدف {target}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>off target</source>
        <translation>خارج الهدف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>لا عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%Ln عملاء</numerusform>
            <numerusform>%Ln عميلًا</numerusform>
            <numerusform>%Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/clipboard.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Key metrics</source>
        <translation>المقاييس الرئيسية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>A view of the map: edit the other sheets; import reads those.</source>
        <translation>عرض للخريطة: حرّر الأوراق الأخرى؛ فالاستيراد يقرؤها هي.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Drop-off</source>
        <translation>التسرب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Share of first stage</source>
        <translation>النسبة من المرحلة الأولى</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_map.py"/>
        <source>Customers per stage</source>
        <translation>العملاء في كل مرحلة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing or empty, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>الورقة مفقودة أو فارغة: {uses}</numerusform>
            <numerusform>الورقة مفقودة أو فارغة، لذا تشير خلية واحدة إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة أو فارغة، لذا تشير خليتان إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة أو فارغة، لذا تشير %Ln خلايا إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة أو فارغة، لذا تشير %Ln خلية إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة أو فارغة، لذا تشير %Ln خلية إلى لا شيء: {uses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <source>the sheet is missing, so %Ln cells point nowhere: {uses}</source>
        <translation>
            <numerusform>الورقة مفقودة: {uses}</numerusform>
            <numerusform>الورقة مفقودة، لذا تشير خلية واحدة إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة، لذا تشير خليتان إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة، لذا تشير %Ln خلايا إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة، لذا تشير %Ln خلية إلى لا شيء: {uses}</numerusform>
            <numerusform>الورقة مفقودة، لذا تشير %Ln خلية إلى لا شيء: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_missing.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lane texts</source>
        <translation>نصوص المسارات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>format version</source>
        <translation>إصدار الصيغة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Touchpoints</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/formats/report.py"/>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Flows</source>
        <translation>التدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goal</source>
        <translation>هدف العميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>collapsed</source>
        <translation>مطوي</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>color</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>affected</source>
        <translation>المتأثرون</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>income band</source>
        <translation>شريحة الدخل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>frustrations</source>
        <translation>الإحباطات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>motivations</source>
        <translation>الدوافع</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>preferred channels</source>
        <translation>القنوات المفضلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>brands</source>
        <translation>العلامات التجارية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>shops</source>
        <translation>المتاجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>attached to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>better</source>
        <translation>الأفضل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>volume</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>cells</source>
        <translation>الخلايا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>base</source>
        <translation>الأصل المشترك</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>ours</source>
        <translation>نسختنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>related</source>
        <translation>المرتبط</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>presenter notes</source>
        <translation>ملاحظات المقدّم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>votable</source>
        <translation>قابل للتصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Voting rounds</source>
        <translation>جولات التصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_schema.py"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>round is required</source>
        <translation>الجولة مطلوبة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/excel_workshop.py"/>
        <source>duplicate participant id {id!r} in this round</source>
        <translation>معرّف مشارك مكرر {id!r} في هذه الجولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>line {line} column {col}</source>
        <translation>السطر {line} العمود {col}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not valid JSON: {msg}</source>
        <translation>ليس JSON صالحًا: {msg}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>JSON is nested too deeply</source>
        <translation>JSON متداخل بعمق زائد</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the file is {encoding} text; .journey files are UTF-8: save it as UTF-8</source>
        <translation>الملف نص بترميز {encoding}؛ وملفات ‎.journey بترميز UTF-8: احفظه بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>the key {key} is written more than once in this object</source>
        <translation>كُتب المفتاح {key} أكثر من مرة في هذا الكائن</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>not a journeymap file (no &quot;format&quot;: &quot;journeymap&quot;)</source>
        <translation>ليس ملف journeymap (لا يوجد &quot;format&quot;: &quot;journeymap&quot;)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>version must be a whole number from 1</source>
        <translation>يجب أن يكون الإصدار عددًا صحيحًا من 1 فأكثر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>unknown field</source>
        <translation>حقل غير معروف</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>required field is missing</source>
        <translation>حقل مطلوب مفقود</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>too large: {number}</source>
        <translation>كبير جدًا: {number}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/journey_file.py"/>
        <source>{message} (got {value})</source>
        <translation>{message} (القيمة: {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>the map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <location filename="../../journeymap/render/deck.py"/>
        <source>the whole map</source>
        <translation>الخريطة كلها</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{items} and %Ln more</source>
        <translation>
            <numerusform>{items} ولا مزيد</numerusform>
            <numerusform>{items} وعنصر آخر</numerusform>
            <numerusform>{items} وعنصران آخران</numerusform>
            <numerusform>{items} و%Ln عناصر أخرى</numerusform>
            <numerusform>{items} و%Ln عنصرًا آخر</numerusform>
            <numerusform>{items} و%Ln عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>cell {stage}</source>
        <translation>الخلية {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place in order</source>
        <translation>الموضع في الترتيب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> on {where}</source>
        <translation> (على {where})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source> in {where}</source>
        <translation> (في {where})</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>added {what}{where}</source>
        <translation>أُضيف: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>removed {what}{where}</source>
        <translation>حُذف: {what}{where}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>reordered {what}: now {place}</source>
        <translation>أُعيد ترتيب {what}: الآن {place}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>moved {what}: {field} {before} → {after}</source>
        <translation>نُقل {what}: {field} {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>changed {what}: {field} {before} → {after}</source>
        <translation>تغيّر {what}: {field} {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>after {name}</source>
        <translation>بعد {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>first</source>
        <translation>في البداية</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: {field} changed on both sides: ours {ours}, theirs {theirs}</source>
        <translation>{what}: تغيّر {field} في الجانبين: نسختنا {ours}، ونسختهم {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} moved to two places: ours {ours}, theirs {theirs}</source>
        <translation>نُقل {what} إلى موضعين: نسختنا {ours}، ونسختهم {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} put at two places in order: ours {ours}, theirs {theirs}</source>
        <translation>وُضع {what} في موضعين من الترتيب: نسختنا {ours}، ونسختهم {theirs}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in ours, changed or still used in theirs</source>
        <translation>{what}: حُذف في نسختنا، وتغيّر أو ما زال مستخدمًا في نسختهم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: removed in theirs, changed or still used in ours</source>
        <translation>{what}: حُذف في نسختهم، وتغيّر أو ما زال مستخدمًا في نسختنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: both sides added this id as different elements</source>
        <translation>{what}: أضاف الجانبان هذا المعرّف لعنصرين مختلفين</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what}: theirs wanted {field} {theirs}, which needs {related} that ours removed or changed</source>
        <translation>{what}: أرادت نسختهم {field} {theirs}، وهذا يحتاج إلى {related} الذي حذفته نسختنا أو غيّرته</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>{what} from theirs needs {related}, which ours removed or changed</source>
        <translation>يحتاج {what} من نسختهم إلى {related} الذي حذفته نسختنا أو غيّرته</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>another element</source>
        <translation>عنصر آخر</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>map {title}</source>
        <translation>الخريطة {title}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>conflict [{id}]: {text}</source>
        <translation>تعارض [{id}]: {text}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/map_text.py"/>
        <source>(an image, {kb} KB)</source>
        <translation>(صورة، {kb} كيلوبايت)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>line {n}</source>
        <translation>السطر {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>reading</source>
        <translation>جارٍ القراءة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>a Mermaid journey starts with the word &apos;journey&apos;</source>
        <translation>تبدأ رحلة Mermaid بالكلمة &apos;journey&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>accDescr { is never closed with }</source>
        <translation>لم يُغلق accDescr { بـ } أبدًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation>لا يُسمح بـ &apos;;&apos; في رحلة Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>expected &apos;task name: score&apos; or &apos;task name: score: actor, actor&apos;</source>
        <translation>كان متوقعًا &apos;اسم المهمة: الدرجة&apos; أو &apos;اسم المهمة: الدرجة: فاعل، فاعل&apos;</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>the score {value} is not a number</source>
        <translation>الدرجة {value} ليست رقمًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>building the map</source>
        <translation>جارٍ بناء الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/mermaid.py"/>
        <source>Untitled journey</source>
        <translation>رحلة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>The whole journey</source>
        <translation>الرحلة كاملة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Stage {n} of {count}</source>
        <translation>المرحلة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Customer goal: {goal}</source>
        <translation>هدف العميل: {goal}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers per stage, from the map&apos;s stage counts.</source>
        <translation>العملاء في كل مرحلة، من أعداد المراحل في الخريطة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Customers through the journey</source>
        <translation>العملاء عبر الرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>From previous</source>
        <translation>من السابقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Of all</source>
        <translation>من الكل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Voting results: {name}</source>
        <translation>نتائج التصويت: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (تابع)</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>On, by</source>
        <translation>الموضع، الكاتب</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/pptx_deck.py"/>
        <source>What the room said</source>
        <translation>ما قاله الحاضرون</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln stages</source>
        <translation>
            <numerusform>لا مراحل</numerusform>
            <numerusform>مرحلة واحدة</numerusform>
            <numerusform>مرحلتان</numerusform>
            <numerusform>%Ln مراحل</numerusform>
            <numerusform>%Ln مرحلة</numerusform>
            <numerusform>%Ln مرحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>لا نقاط اتصال</numerusform>
            <numerusform>نقطة اتصال واحدة</numerusform>
            <numerusform>نقطتا اتصال</numerusform>
            <numerusform>%Ln نقاط اتصال</numerusform>
            <numerusform>%Ln نقطة اتصال</numerusform>
            <numerusform>%Ln نقطة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln pain points</source>
        <translation>
            <numerusform>لا نقاط ألم</numerusform>
            <numerusform>نقطة ألم واحدة</numerusform>
            <numerusform>نقطتا ألم</numerusform>
            <numerusform>%Ln نقاط ألم</numerusform>
            <numerusform>%Ln نقطة ألم</numerusform>
            <numerusform>%Ln نقطة ألم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/describe.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>لا فرص</numerusform>
            <numerusform>فرصة واحدة</numerusform>
            <numerusform>فرصتان</numerusform>
            <numerusform>%Ln فرص</numerusform>
            <numerusform>%Ln فرصة</numerusform>
            <numerusform>%Ln فرصة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} of all</source>
        <translation>{pct} من الكل</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>{pct} from the previous stage</source>
        <translation>{pct} من المرحلة السابقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>severity {n} of 5</source>
        <translation>الشدة {n} من 5</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>impact {impact} · effort {effort} · {status}</source>
        <translation>الأثر {impact} · الجهد {effort} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>touchpoint</source>
        <translation>نقطة اتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain point</source>
        <translation>نقطة ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <location filename="../../journeymap/model/elements.py"/>
        <source>opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln participants</source>
        <translation>
            <numerusform>لا مشاركين</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>%Ln dots each</source>
        <translation>
            <numerusform>بلا نقاط</numerusform>
            <numerusform>نقطة واحدة لكل شخص</numerusform>
            <numerusform>نقطتان لكل شخص</numerusform>
            <numerusform>%Ln نقاط لكل شخص</numerusform>
            <numerusform>%Ln نقطة لكل شخص</numerusform>
            <numerusform>%Ln نقطة لكل شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/formats/report.py"/>
        <source>{given} of %Ln dots given</source>
        <translation>
            <numerusform>مُنحت {given} من %Ln نقطة</numerusform>
            <numerusform>مُنحت {given} من نقطة واحدة</numerusform>
            <numerusform>مُنحت {given} من نقطتين</numerusform>
            <numerusform>مُنحت {given} من %Ln نقاط</numerusform>
            <numerusform>مُنحت {given} من %Ln نقطة</numerusform>
            <numerusform>مُنحت {given} من %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/formats/report.py"/>
        <source>on “{title}”</source>
        <translation>على «{title}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no stage {id!r}</source>
        <translation>لا توجد مرحلة {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>no flow {id!r}</source>
        <translation>لا يوجد تدفق {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>a share is between 0 and 1, not {share}</source>
        <translation>الحصة بين 0 و1، وليست {share}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/flows.py"/>
        <source>flow {id!r} is not part of the flow analysis, which follows the {level} flows</source>
        <translation>التدفق {id!r} ليس جزءًا من تحليل التدفقات الذي يتتبع تدفقات «{level}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/linear.py"/>
        <source>the flow equations have no unique solution</source>
        <translation>ليس لمعادلات التدفق حل وحيد</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Add stages to see how customers move through the journey.</source>
        <translation>أضف مراحل لترى كيف يتنقل العملاء عبر الرحلة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>How many reach “{stage}” is unknown: give the stages their customers or the flows their shares.</source>
        <translation>لا يُعرف كم يصل إلى «{stage}»: أدخل عدد العملاء في المراحل أو حصص التدفقات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered.</source>
        <translation>
            <numerusform>لم يُحسب أي عميل في «{stage}»: {share} ممن دخلوا.</numerusform>
            <numerusform>حُسب عميل واحد في «{stage}»: {share} ممن دخلوا.</numerusform>
            <numerusform>حُسب عميلان في «{stage}»: {share} ممن دخلوا.</numerusform>
            <numerusform>حُسب %Ln عملاء في «{stage}»: {share} ممن دخلوا.</numerusform>
            <numerusform>حُسب %Ln عميلًا في «{stage}»: {share} ممن دخلوا.</numerusform>
            <numerusform>حُسب %Ln عميل في «{stage}»: {share} ممن دخلوا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>The flow shares model {share} of entering customers reaching “{stage}”.</source>
        <translation>وفق حصص التدفقات، يصل {share} من العملاء الداخلين إلى «{stage}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln customers counted at “{stage}”: {share} of those who entered</source>
        <translation>
            <numerusform>لم يُحسب أي عميل في «{stage}»: {share} ممن دخلوا</numerusform>
            <numerusform>حُسب عميل واحد في «{stage}»: {share} ممن دخلوا</numerusform>
            <numerusform>حُسب عميلان في «{stage}»: {share} ممن دخلوا</numerusform>
            <numerusform>حُسب %Ln عملاء في «{stage}»: {share} ممن دخلوا</numerusform>
            <numerusform>حُسب %Ln عميلًا في «{stage}»: {share} ممن دخلوا</numerusform>
            <numerusform>حُسب %Ln عميل في «{stage}»: {share} ممن دخلوا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}, as the flow shares model.</source>
        <translation>{counted}، كما تُظهر حصص التدفقات.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{counted}; the flow shares model {modelled}.</source>
        <translation>{counted}؛ بينما تُظهر حصص التدفقات {modelled}.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{name}” is on {share} of the routes between touchpoints: a single point of failure</source>
        <translation>«{name}» يقع على {share} من المسارات بين نقاط الاتصال: نقطة إخفاق وحيدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>betweenness centrality {value}</source>
        <translation>مركزية البينية {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Stage “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>المرحلة «{name}» مؤلمة: دون نقاط ألم ({score})</numerusform>
            <numerusform>المرحلة «{name}» مؤلمة: نقطة ألم واحدة وزنها {score}</numerusform>
            <numerusform>المرحلة «{name}» مؤلمة: نقطتا ألم وزنهما {score}</numerusform>
            <numerusform>المرحلة «{name}» مؤلمة: %Ln نقاط ألم وزنها {score}</numerusform>
            <numerusform>المرحلة «{name}» مؤلمة: %Ln نقطة ألم وزنها {score}</numerusform>
            <numerusform>المرحلة «{name}» مؤلمة: %Ln نقطة ألم وزنها {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>Channel “{name}” hurts: %Ln pain points weigh {score}</source>
        <translation>
            <numerusform>القناة «{name}» مؤلمة: دون نقاط ألم ({score})</numerusform>
            <numerusform>القناة «{name}» مؤلمة: نقطة ألم واحدة وزنها {score}</numerusform>
            <numerusform>القناة «{name}» مؤلمة: نقطتا ألم وزنهما {score}</numerusform>
            <numerusform>القناة «{name}» مؤلمة: %Ln نقاط ألم وزنها {score}</numerusform>
            <numerusform>القناة «{name}» مؤلمة: %Ln نقطة ألم وزنها {score}</numerusform>
            <numerusform>القناة «{name}» مؤلمة: %Ln نقطة ألم وزنها {score}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>sum of severity × share affected over its pain points = {score}</source>
        <translation>مجموع الشدة × نسبة المتأثرين على نقاط ألمها = {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>%Ln of them with an unknown share affected, counted as half</source>
        <translation>
            <numerusform>لا شيء منها بنسبة متأثرين مجهولة</numerusform>
            <numerusform>واحدة منها بنسبة متأثرين مجهولة، حُسبت نصفًا</numerusform>
            <numerusform>اثنتان منها بنسبة متأثرين مجهولة، حُسبتا نصفًا</numerusform>
            <numerusform>%Ln منها بنسبة متأثرين مجهولة، حُسبت نصفًا</numerusform>
            <numerusform>%Ln منها بنسبة متأثرين مجهولة، حُسبت نصفًا</numerusform>
            <numerusform>%Ln منها بنسبة متأثرين مجهولة، حُسبت نصفًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}”: severity {severity} of 5, share affected unknown</source>
        <translation>«{title}»: الشدة {severity} من ٥، ونسبة المتأثرين مجهولة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>“{title}” hurts {share} of customers, severity {severity} of 5</source>
        <translation>«{title}» يؤلم {share} من العملاء، بشدة {severity} من ٥</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>score: severity × share affected = {score}</source>
        <translation>الدرجة: الشدة × نسبة المتأثرين = {score}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{lane} at {stage}: no touchpoint yet; worth one?</source>
        <translation>{lane} في {stage}: لا نقطة اتصال بعد؛ هل تستحق واحدة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/analysis/sentences.py"/>
        <source>{stage} × {lane}: %Ln touchpoints</source>
        <translation>
            <numerusform>{stage} × {lane}: لا نقاط اتصال</numerusform>
            <numerusform>{stage} × {lane}: نقطة اتصال واحدة</numerusform>
            <numerusform>{stage} × {lane}: نقطتا اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقاط اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقطة اتصال</numerusform>
            <numerusform>{stage} × {lane}: %Ln نقطة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>unreachable</source>
        <translation>لا يمكن الوصول إليه</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>dead end</source>
        <translation>طريق مسدود</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>empty stage</source>
        <translation>مرحلة فارغة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain without opportunity</source>
        <translation>نقطة ألم بلا فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity without owner</source>
        <translation>فرصة بلا مسؤول</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>critical touchpoint</source>
        <translation>نقطة اتصال حرجة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>single point of failure</source>
        <translation>نقطة فشل وحيدة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” cannot be reached through flows from the first stage</source>
        <translation>لا يمكن الوصول إلى «{name}» عبر التدفقات من المرحلة الأولى</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a dead end: customers arrive but no flow leads on</source>
        <translation>«{name}» طريق مسدود: يصل العملاء لكن لا يتابع أي تدفق</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>stage “{name}” has no touchpoints</source>
        <translation>لا توجد نقاط اتصال في المرحلة «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>pain point “{name}” has no opportunity</source>
        <translation>لا فرصة لنقطة الألم «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>opportunity “{name}” has no owner</source>
        <translation>لا مسؤول عن الفرصة «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is on many routes between other touchpoints (betweenness {value})</source>
        <translation>«{name}» يقع على مسارات كثيرة بين نقاط الاتصال الأخرى (البينية {value})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/analysis/structure.py"/>
        <source>“{name}” is a single point of failure: without it the flows fall apart</source>
        <translation>«{name}» نقطة إخفاق وحيدة: تتفكك التدفقات من دونها</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/bounds.py"/>
        <source>must be a date in the years {first} to {last}</source>
        <translation>يجب أن يكون تاريخًا بين عامي {first} و{last}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no {kind} {id!r}</source>
        <translation>لا يوجد عنصر من نوع «{kind}» بالمعرّف {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>this lane holds no cards</source>
        <translation>لا يحمل هذا المسار بطاقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>touchpoints go in channel lanes</source>
        <translation>تُوضع نقاط الاتصال في مسارات القنوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/journey.py"/>
        <source>no element {id!r}</source>
        <translation>لا يوجد عنصر {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a name cannot be empty</source>
        <translation>لا يمكن أن يكون الاسم فارغًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>only text lanes have cell text</source>
        <translation>لا يوجد نص خلايا إلا في المسارات النصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>a flow cannot start and end at the same element</source>
        <translation>لا يمكن أن يبدأ التدفق وينتهي عند العنصر نفسه</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <location filename="../../journeymap/model/data.py"/>
        <source>a flow links two touchpoints or two stages, not one of each</source>
        <translation>يربط التدفق نقطتي اتصال أو مرحلتين، وليس واحدة من كل نوع</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/builders.py"/>
        <source>these two are already connected</source>
        <translation>هذان مرتبطان بالفعل</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment: {error}</source>
        <translation>ليس جزءًا من journeymap: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>not a journeymap fragment</source>
        <translation>ليس جزءًا من journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>fragment version {v!r} is not supported</source>
        <translation>إصدار الجزء {v!r} غير مدعوم</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>each cell needs a lane, a stage and a text</source>
        <translation>تحتاج كل خلية إلى مسار ومرحلة ونص</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Lane: {name}</source>
        <translation>المسار: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/clipboard.py"/>
        <source>Flow: {arrow}</source>
        <translation>التدفق: {arrow}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>no conflict {id!r}</source>
        <translation>لا يوجد تعارض {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>only a field&apos;s value can be edited</source>
        <translation>لا يمكن تحرير إلا قيمة حقل</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <location filename="../../journeymap/model/patch.py"/>
        <source>{id!r} is no longer in this map</source>
        <translation>لم يعد {id!r} في هذه الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>lane {name!r} still holds touchpoints; move or remove them first</source>
        <translation>لا يزال المسار {name!r} يحمل نقاط اتصال؛ انقلها أو احذفها أولًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/conflicts.py"/>
        <source>needs {id!r}, which is not in this map</source>
        <translation>يحتاج إلى {id!r} وهو ليس في هذه الخريطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/data.py"/>
        <source>missing or empty, so %Ln references point nowhere: {uses}</source>
        <translation>
            <numerusform>مفقودة أو فارغة: {uses}</numerusform>
            <numerusform>مفقودة أو فارغة، لذا تشير إحالة واحدة إلى لا شيء: {uses}</numerusform>
            <numerusform>مفقودة أو فارغة، لذا تشير إحالتان إلى لا شيء: {uses}</numerusform>
            <numerusform>مفقودة أو فارغة، لذا تشير %Ln إحالات إلى لا شيء: {uses}</numerusform>
            <numerusform>مفقودة أو فارغة، لذا تشير %Ln إحالة إلى لا شيء: {uses}</numerusform>
            <numerusform>مفقودة أو فارغة، لذا تشير %Ln إحالة إلى لا شيء: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>no {kind} {id}</source>
        <translation>لا يوجد عنصر من نوع «{kind}» بالمعرّف {id}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/data.py"/>
        <source>lane {id!r} is a {kind} lane; touchpoints go in channel lanes</source>
        <translation>المسار {id!r} من نوع «{kind}»؛ تُوضع نقاط الاتصال في مسارات القنوات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln lanes</source>
        <translation>
            <numerusform>لا مسارات</numerusform>
            <numerusform>مسار واحد</numerusform>
            <numerusform>مساران</numerusform>
            <numerusform>%Ln مسارات</numerusform>
            <numerusform>%Ln مسارًا</numerusform>
            <numerusform>%Ln مسار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln personas</source>
        <translation>
            <numerusform>لا شخصيات</numerusform>
            <numerusform>شخصية واحدة</numerusform>
            <numerusform>شخصيتان</numerusform>
            <numerusform>%Ln شخصيات</numerusform>
            <numerusform>%Ln شخصية</numerusform>
            <numerusform>%Ln شخصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln metrics</source>
        <translation>
            <numerusform>لا مقاييس</numerusform>
            <numerusform>مقياس واحد</numerusform>
            <numerusform>مقياسان</numerusform>
            <numerusform>%Ln مقاييس</numerusform>
            <numerusform>%Ln مقياسًا</numerusform>
            <numerusform>%Ln مقياس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln flows</source>
        <translation>
            <numerusform>لا تدفقات</numerusform>
            <numerusform>تدفق واحد</numerusform>
            <numerusform>تدفقان</numerusform>
            <numerusform>%Ln تدفقات</numerusform>
            <numerusform>%Ln تدفقًا</numerusform>
            <numerusform>%Ln تدفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/describe.py"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%Ln تعليقات</numerusform>
            <numerusform>%Ln تعليقًا</numerusform>
            <numerusform>%Ln تعليق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {what}</source>
        <translation>نقل {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Move {kind} {name}</source>
        <translation>نقل {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} to {stage}</source>
        <translation>{head} إلى {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {kind} {name}</source>
        <translation>إضافة {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Add {what}</source>
        <translation>إضافة {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {kind} {name}</source>
        <translation>حذف {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>{head} and {rest}</source>
        <translation>{head} و{rest}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {what}</source>
        <translation>تغيير {what}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Rename {kind} {old} → {new}</source>
        <translation>إعادة تسمية {kind} {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/describe.py"/>
        <source>Change {kind} {name}: {fields}</source>
        <translation>تغيير {kind} {name}: {fields}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>metric</source>
        <translation>مقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>planned</source>
        <translation>مُخطَّط</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/cards.py"/>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>dropped</source>
        <translation>مُستبعَد</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>app</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>ads</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>word of mouth</source>
        <translation>الكلام الشفهي</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>flows</source>
        <translation>التدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <location filename="../../journeymap/render/items/headers.py"/>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting round</source>
        <translation>جولة تصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>voting rounds</source>
        <translation>جولات التصويت</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>vote</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>pain</source>
        <translation>ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>not a valid stage id: {key}</source>
        <translation>معرّف مرحلة غير صالح: {key}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/elements.py"/>
        <source>cell text is longer than %Ln characters</source>
        <translation>
            <numerusform>نص الخلية أطول من الحد</numerusform>
            <numerusform>نص الخلية أطول من حرف واحد</numerusform>
            <numerusform>نص الخلية أطول من حرفين</numerusform>
            <numerusform>نص الخلية أطول من %Ln أحرف</numerusform>
            <numerusform>نص الخلية أطول من %Ln حرفًا</numerusform>
            <numerusform>نص الخلية أطول من %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not valid base64 data</source>
        <translation>الصورة ليست بيانات base64 صالحة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is {size} KB; the limit is {limit} KB</source>
        <translation>حجم الصورة {size} كيلوبايت؛ والحد {limit} كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/elements.py"/>
        <source>photo is not a PNG, JPEG, GIF or WebP image</source>
        <translation>الصورة ليست بصيغة PNG أو JPEG أو GIF أو WebP</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>duplicate id {id!r}</source>
        <translation>معرّف مكرر {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/journey.py"/>
        <source>still referred to by {ref}.{field}</source>
        <translation>لا يزال {ref}.{field} يشير إليه</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cost per acquisition</source>
        <translation>تكلفة الاكتساب</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>£</source>
        <translation>ج.م.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Marketing and ad spend per new customer.</source>
        <translation>الإنفاق على التسويق والإعلان لكل عميل جديد.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Ad impressions</source>
        <translation>مرات ظهور الإعلان</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How many times ads were seen.</source>
        <translation>عدد مرات مشاهدة الإعلانات.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversions</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>conversions</source>
        <translation>تحويلات</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Clicks through, sign-ups or installs.</source>
        <translation>النقرات أو التسجيلات أو التثبيتات.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Conversion rate</source>
        <translation>معدل التحويل</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of visitors who buy.</source>
        <translation>نسبة الزوار الذين يشترون.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue per order (exchange value).</source>
        <translation>الإيراد لكل طلب (قيمة التبادل).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>orders/year</source>
        <translation>طلبات/سنة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Orders per customer per year (transaction volume).</source>
        <translation>عدد الطلبات لكل عميل في السنة (حجم المعاملات).</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Email open rate</source>
        <translation>معدل فتح الرسائل الإلكترونية</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of sent emails opened.</source>
        <translation>نسبة الرسائل المرسلة التي فُتحت.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Social engagement</source>
        <translation>التفاعل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Likes, comments and shares per post, as a share of reach.</source>
        <translation>الإعجابات والتعليقات والمشاركات لكل منشور، كنسبة من الوصول.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Net Promoter Score</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Promoters minus detractors, -100 to 100.</source>
        <translation>المروّجون ناقص المنتقدين، من ‎-100 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>رضا العملاء (CSAT)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Average satisfaction rating.</source>
        <translation>متوسط تقييم الرضا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer effort score (CES)</source>
        <translation>مؤشر جهد العميل (CES)</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>How hard it was to get things done.</source>
        <translation>مدى صعوبة إنجاز المطلوب.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers lost in the period.</source>
        <translation>نسبة العملاء الذين فُقدوا خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Retention rate</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of customers kept in the period.</source>
        <translation>نسبة العملاء الذين احتُفظ بهم خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Customer lifetime value</source>
        <translation>القيمة الدائمة للعميل</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Revenue expected from one customer over the relationship.</source>
        <translation>الإيراد المتوقع من عميل واحد طوال العلاقة.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Cart abandonment rate</source>
        <translation>معدل التخلي عن السلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Share of filled baskets never checked out.</source>
        <translation>نسبة السلال الممتلئة التي لم تُكمَل أبدًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_presets.py"/>
        <source>New metric</source>
        <translation>مقياس جديد</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}B</source>
        <translation>{n} مليار</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}M</source>
        <translation>{n} مليون</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}T</source>
        <translation>{n} تريليون</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{n}k</source>
        <translation>{n} ألف</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/metric_text.py"/>
        <source>{value} (target {target})</source>
        <translation>{value} (الهدف {target})</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/patch.py"/>
        <source>no element {id!r} in the compared map</source>
        <translation>لا يوجد العنصر {id!r} في الخريطة المقارنة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/voting.py"/>
        <source>Participant {n}</source>
        <translation>المشارك {n}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note goes on a stage or a card</source>
        <translation>توضع الملاحظة على مرحلة أو بطاقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note needs some text</source>
        <translation>تحتاج الملاحظة إلى نص</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a note becomes a pain point, an opportunity or a comment</source>
        <translation>تتحول الملاحظة إلى نقطة ألم أو فرصة أو تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs a name</source>
        <translation>تحتاج الجولة إلى اسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>a round needs at least one participant</source>
        <translation>تحتاج الجولة إلى مشارك واحد على الأقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has already given %Ln dots; reset the round to give fewer</source>
        <translation>
            <numerusform>{who} لم يمنح أي نقطة</numerusform>
            <numerusform>منح {who} نقطة واحدة؛ أعد ضبط الجولة ليمنح أقل</numerusform>
            <numerusform>منح {who} نقطتين بالفعل؛ أعد ضبط الجولة ليمنح أقل</numerusform>
            <numerusform>منح {who} %Ln نقاط بالفعل؛ أعد ضبط الجولة ليمنح أقل</numerusform>
            <numerusform>منح {who} %Ln نقطة بالفعل؛ أعد ضبط الجولة ليمنح أقل</numerusform>
            <numerusform>منح {who} %Ln نقطة بالفعل؛ أعد ضبط الجولة ليمنح أقل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on touchpoints</source>
        <translation>لا تصوّت هذه الجولة على نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on pain points</source>
        <translation>لا تصوّت هذه الجولة على نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>this round does not vote on opportunities</source>
        <translation>لا تصوّت هذه الجولة على الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>round {name!r} is closed</source>
        <translation>الجولة {name!r} مغلقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>no participant {id!r} in this round</source>
        <translation>لا مشارك {id!r} في هذه الجولة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has given all %Ln dots</source>
        <translation>
            <numerusform>{who} لا يملك نقاطًا</numerusform>
            <numerusform>منح {who} نقطته الوحيدة</numerusform>
            <numerusform>منح {who} نقطتيه كلتيهما</numerusform>
            <numerusform>منح {who} نقاطه الـ%Ln كلها</numerusform>
            <numerusform>منح {who} نقاطه الـ%Ln كلها</numerusform>
            <numerusform>منح {who} نقاطه الـ%Ln كلها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop.py"/>
        <source>{who} has no dot here</source>
        <translation>ليس لـ{who} نقطة هنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Pain</source>
        <translation>ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_look.py"/>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>duplicate participant id {id!r}</source>
        <translation>معرّف مشارك مكرر {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/model/workshop_records.py"/>
        <source>a round needs at least one kind of card to vote on</source>
        <translation>تحتاج الجولة إلى نوع واحد على الأقل من البطاقات للتصويت عليه</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>stage “{name}”</source>
        <translation>مرحلة «{name}»</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/deck.py"/>
        <source>slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/images.py"/>
        <source>page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{name} (continued)</source>
        <translation>{name} (تابع)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>{title} · page {n} of {total}</source>
        <translation>{title} · الصفحة {n} من {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln voting rounds</source>
        <translation>
            <numerusform>لا جولات تصويت</numerusform>
            <numerusform>جولة تصويت واحدة</numerusform>
            <numerusform>جولتا تصويت</numerusform>
            <numerusform>%Ln جولات تصويت</numerusform>
            <numerusform>%Ln جولة تصويت</numerusform>
            <numerusform>%Ln جولة تصويت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/handout.py"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <source>Voting: {name}</source>
        <translation>التصويت: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/handout.py"/>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>Notes from the room</source>
        <translation>ملاحظات الحاضرين</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>none of the selected elements is drawn on the map</source>
        <translation>لم يُرسم أي من العناصر المحددة على الخريطة</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>scale must be between 0 and 16, not {scale}</source>
        <translation>يجب أن يكون المقياس بين 0 و16، وليس {scale}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>the image would be {w} x {h} pixels; use a smaller scale</source>
        <translation>ستكون الصورة {w} × {h} بكسل؛ استخدم مقياسًا أصغر</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>a framed picture shows the whole map, not a selection</source>
        <translation>الصورة المؤطّرة تعرض الخريطة كاملة، لا التحديد</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>Customer journey map drawn by journeymap</source>
        <translation>خريطة رحلة عميل رسمها journeymap</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/images.py"/>
        <source>unknown page size {size!r}: use fit, A4, A3, A1 or A0</source>
        <translation>حجم صفحة غير معروف {size!r}: استخدم fit أو A4 أو A3 أو A1 أو A0</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/base.py"/>
        <source>%Ln open comment(s):</source>
        <translation>
            <numerusform>لا تعليقات مفتوحة:</numerusform>
            <numerusform>تعليق مفتوح واحد:</numerusform>
            <numerusform>تعليقان مفتوحان:</numerusform>
            <numerusform>%Ln تعليقات مفتوحة:</numerusform>
            <numerusform>%Ln تعليقًا مفتوحًا:</numerusform>
            <numerusform>%Ln تعليق مفتوح:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>assumed</source>
        <translation>افتراض</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>observed</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>proposed</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/cards.py"/>
        <source>impact {impact} · effort {effort}</source>
        <translation>الأثر {impact} · الجهد {effort}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/emotion.py"/>
        <source>Emotion: from very negative (bottom) to very positive (top)</source>
        <translation>المشاعر: من سلبي جدًا (أسفل) إلى إيجابي جدًا (أعلى)</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/flows.py"/>
        <source>loop</source>
        <translation>حلقة</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/items/headers.py"/>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>{pct} from previous stage</source>
        <translation>{pct} من المرحلة السابقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln dots in “{round}”: {who}</source>
        <translation>
            <numerusform>لا نقاط في «{round}»: {who}</numerusform>
            <numerusform>نقطة واحدة في «{round}»: {who}</numerusform>
            <numerusform>نقطتان في «{round}»: {who}</numerusform>
            <numerusform>%Ln نقاط في «{round}»: {who}</numerusform>
            <numerusform>%Ln نقطة في «{round}»: {who}</numerusform>
            <numerusform>%Ln نقطة في «{round}»: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/items/marks.py"/>
        <source>%Ln notes from the workshop:</source>
        <translation>
            <numerusform>لا ملاحظات من ورشة العمل:</numerusform>
            <numerusform>ملاحظة واحدة من ورشة العمل:</numerusform>
            <numerusform>ملاحظتان من ورشة العمل:</numerusform>
            <numerusform>%Ln ملاحظات من ورشة العمل:</numerusform>
            <numerusform>%Ln ملاحظة من ورشة العمل:</numerusform>
            <numerusform>%Ln ملاحظة من ورشة العمل:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/deck.py"/>
        <source>page {n} of {pages}</source>
        <translation>الصفحة {n} من {pages}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Does</source>
        <translation>يفعل</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Thinks</source>
        <translation>يفكر</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Feels</source>
        <translation>يشعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Touchpoint · {lane}</source>
        <translation>نقطة اتصال · {lane}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Pain point</source>
        <translation>نقطة ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>impact {i} · effort {e} · {status}</source>
        <translation>الأثر {i} · الجهد {e} · {status}</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>Opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/faces.py"/>
        <source>on {card}</source>
        <translation>على {card}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/render/slides/overview.py"/>
        <source>notes from the room</source>
        <comment>the words beside a count of sticky notes</comment>
        <translation>
            <numerusform>ملاحظات من الحاضرين</numerusform>
            <numerusform>ملاحظة من الحاضرين</numerusform>
            <numerusform>ملاحظتان من الحاضرين</numerusform>
            <numerusform>ملاحظات من الحاضرين</numerusform>
            <numerusform>ملاحظة من الحاضرين</numerusform>
            <numerusform>ملاحظة من الحاضرين</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/render/slides/stage.py"/>
        <source>EMOTION</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen to present on</source>
        <translation>لا شاشة للتقديم عليها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymap/ui/present/screens.py"/>
        <source>there is no screen {n}; this computer has %Ln screens</source>
        <translation>
            <numerusform>لا شاشة {n}؛ لا شاشات في هذا الحاسوب</numerusform>
            <numerusform>لا شاشة {n}؛ في هذا الحاسوب شاشة واحدة</numerusform>
            <numerusform>لا شاشة {n}؛ في هذا الحاسوب شاشتان</numerusform>
            <numerusform>لا شاشة {n}؛ في هذا الحاسوب %Ln شاشات</numerusform>
            <numerusform>لا شاشة {n}؛ في هذا الحاسوب %Ln شاشة</numerusform>
            <numerusform>لا شاشة {n}؛ في هذا الحاسوب %Ln شاشة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymap/util/atomic.py"/>
        <source>the file is over the limit of {limit} MB</source>
        <translation>يتجاوز الملف حد {limit} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the menu entry</source>
        <translation>مدخل القائمة</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the file type {type}</source>
        <translation>نوع الملفات {type}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the application icon</source>
        <translation>أيقونة التطبيق</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/desktop.py"/>
        <source>the icon of .journey files</source>
        <translation>أيقونة ملفات ‎.journey</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>لا شاشة: لم يُضبط DISPLAY ولا WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/display.py"/>
        <source>cannot reach the display {named}</source>
        <translation>تعذّر الوصول إلى الشاشة {named}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{folder}: not in a git repository (run it inside one, or use --global)</source>
        <translation>{folder}: ليس داخل مستودع git (شغّله داخل مستودع، أو استخدم ‎--global)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>set the {driver} merge and diff drivers in git&apos;s {scope} config</source>
        <translation>ضُبط مشغّلا الدمج والفروق {driver} في إعدادات git ‏({scope})</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>added {line!r} to {path}</source>
        <translation>أُضيف {line!r} إلى {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>{path} already has {line!r}</source>
        <translation>يحتوي {path} على {line!r} بالفعل</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed [{section}] from git&apos;s {scope} config</source>
        <translation>أُزيل [{section}] من إعدادات git ‏({scope})</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>removed {line!r} from {path}</source>
        <translation>أُزيل {line!r} من {path}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>nothing to remove: git was not set up for maps here</source>
        <translation>لا شيء للإزالة: لم يُضبط git للخرائط هنا</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>global</source>
        <translation>العامة</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>repository</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git is not installed (or not on PATH)</source>
        <translation>git غير مثبت (أو ليس في PATH)</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/gitsetup.py"/>
        <source>git {args} failed: {error}</source>
        <translation>فشل git {args}: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source> → </source>
        <comment>between the steps of a path; points the way the language reads</comment>
        <translation> ← </translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the system does not allow it</source>
        <translation>لا يسمح النظام بذلك</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>is a folder</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>a part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>no space left on the disk</source>
        <translation>لم تبقَ مساحة على القرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>exists already</source>
        <translation>موجود بالفعل</translation>
    </message>
    <message>
        <location filename="../../journeymap/util/i18n.py"/>
        <source>the file name is too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stage</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lane</source>
        <translation>مسار</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Persona</source>
        <translation>شخصية</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoint</source>
        <translation>نقطة اتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Touchpoints</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain point</source>
        <translation>نقطة ألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Opportunity</source>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metric</source>
        <translation>مقياس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flow</source>
        <translation>تدفق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Flows</source>
        <translation>التدفقات</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/common.py"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>Images ({patterns});;All files (*)</source>
        <translation>الصور ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” does not exist or is not a file.</source>
        <translation>«{name}» غير موجود أو ليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is too large ({mb} MB); choose an image under {limit} MB.</source>
        <translation>«{name}» كبير جدًا ({mb} ميغابايت)؛ اختر صورة أصغر من {limit} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is still {kb} KB after scaling; the limit is {limit} KB.</source>
        <translation>لا يزال حجم «{name}» بعد التصغير {kb} كيلوبايت؛ والحد {limit} كيلوبايت.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is {w} x {h} pixels; the largest image accepted is {max} pixels a side.</source>
        <translation>أبعاد «{name}» {w} × {h} بكسل؛ وأكبر صورة مقبولة {max} بكسل لكل ضلع.</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/panels/personas/io.py"/>
        <source>“{name}” is not an image this program can read ({reason}).</source>
        <translation>«{name}» ليس صورة يستطيع هذا البرنامج قراءتها ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>no persona {id!r}</source>
        <translation>لا توجد شخصية {id!r}</translation>
    </message>
    <message>
        <location filename="../../journeymap/ui/persona_drag.py"/>
        <source>personas can be assigned to touchpoints and pain points only</source>
        <translation>لا يمكن تعيين الشخصيات إلا لنقاط الاتصال ونقاط الألم</translation>
    </message>
</context>
</TS>
