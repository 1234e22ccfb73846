<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>SIL Open Font License 1.1 (OFL-1.1; its text is in the package&apos;s LICENSE file)</source>
        <translation>رخصة SIL للخطوط المفتوحة 1.1 (OFL-1.1؛ نصّها في ملف LICENSE داخل الحزمة)</translation>
    </message>
    <message>
        <source>not installed as a package</source>
        <translation>غير مثبّت كحزمة</translation>
    </message>
    <message>
        <source>Offline span annotation for right-to-left text (Arabic, Persian, Urdu, Hebrew).</source>
        <translation>توسيم المقاطع دون اتصال للنصوص من اليمين إلى اليسار (العربية والفارسية والأردية والعبرية).</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>الرخصة: {licence}.</translation>
    </message>
    <message>
        <source>Bundled fonts (registered by the app, not installed in the system):</source>
        <translation>الخطوط المرفقة (يسجّلها البرنامج ولا يثبّتها في النظام):</translation>
    </message>
    <message>
        <source>    {package} {version}, licence: {licence}</source>
        <translation>    {package} {version}، الرخصة: {licence}</translation>
    </message>
    <message>
        <source>  none found: the system&apos;s fonts are used</source>
        <translation>  لم يُعثر على شيء: تُستخدم خطوط النظام</translation>
    </message>
    <message>
        <source>Urdu is shown in the Naskh face: no Nastaliq font is packaged on PyPI.</source>
        <translation>تُعرض الأردية بخط النسخ: لا يوجد خط نستعليق محزّم على PyPI.</translation>
    </message>
    <message>
        <source>Nothing here reaches the network.</source>
        <translation>لا شيء هنا يتصل بالشبكة.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator</source>
        <translation>حول annotator</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Span</source>
        <translation>م&amp;قطع</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;اقتراحات</translation>
    </message>
    <message>
        <source>&amp;Adjudicate</source>
        <translation>ت&amp;حكيم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open a .jsonl, a .txt or a folder of .txt files</source>
        <translation>فتح ملف بصيغة jsonl أو txt أو مجلد ملفات txt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the annotations file (edits are journalled at once anyway)</source>
        <translation>حفظ ملف التوسيمات (التعديلات تُدوَّن في السجل فورًا على أي حال)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import a file in another format into a new corpus</source>
        <translation>استيراد ملف بصيغة أخرى إلى مدوّنة جديدة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export this corpus to another format</source>
        <translation>تصدير هذه المدوّنة إلى صيغة أخرى</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>ت&amp;حكيم…</translation>
    </message>
    <message>
        <source>Settle two or more annotators&apos; files: each one&apos;s spans in a lane, into a new corpus</source>
        <translation>الفصل بين ملفات موسِّمَين أو أكثر: مقاطع كلٍّ منهم في مسار، في مدوّنة جديدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>حفظ وخروج</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last edit (switches to its document)</source>
        <translation>التراجع عن آخر تعديل (ينتقل إلى مستنده)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>إعادة آخر تعديل تم التراجع عنه</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find in this document (Arabic-aware: harakat, tatweel, alef and ya forms ignored)</source>
        <translation>البحث في هذا المستند (مراعٍ للعربية: تُتجاهل الحركات والتطويل وأشكال الألف والياء)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>بحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Select the next match of the find bar&apos;s query (also with the bar closed)</source>
        <translation>تحديد النتيجة التالية لعبارة شريط البحث (حتى والشريط مغلق)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>بحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Select the previous match of the find bar&apos;s query</source>
        <translation>تحديد النتيجة السابقة لعبارة شريط البحث</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>بحث في &amp;كل المستندات…</translation>
    </message>
    <message>
        <source>Search the whole corpus; the results panel lists document, context and offsets</source>
        <translation>البحث في المدوّنة كلها؛ تسرد لوحة النتائج المستند والسياق والإزاحات</translation>
    </message>
    <message>
        <source>Label &amp;all occurrences…</source>
        <translation>وسم &amp;جميع المواضع…</translation>
    </message>
    <message>
        <source>Label every occurrence of the selection or the query, in this document or the corpus</source>
        <translation>وسم كل مواضع التحديد أو عبارة البحث، في هذا المستند أو في المدوّنة</translation>
    </message>
    <message>
        <source>&amp;Label schema…</source>
        <translation>مخطط ال&amp;وسوم…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and reorder labels; their hotkeys and descriptions</source>
        <translation>إضافة الوسوم وإعادة تسميتها وتلوينها وترتيبها؛ مفاتيحها وأوصافها</translation>
    </message>
    <message>
        <source>&amp;Customise shortcuts…</source>
        <translation>ت&amp;خصيص الاختصارات…</translation>
    </message>
    <message>
        <source>Change the keys of any action (conflicts are shown as you type)</source>
        <translation>تغيير مفاتيح أي أمر (تظهر التعارضات أثناء الكتابة)</translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation>ا&amp;سم الموسِّم…</translation>
    </message>
    <message>
        <source>Who is annotating: the name recorded on the documents and spans you change</source>
        <translation>مَن يوسِّم: الاسم المسجَّل على المستندات والمقاطع التي تغيّرها</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>إ&amp;لغاء التحديد</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>C&amp;hoose label…</source>
        <translation>ا&amp;ختيار وسم…</translation>
    </message>
    <message>
        <source>Jump to the label filter: type part of a name or description, Enter labels the selection</source>
        <translation>الانتقال إلى مرشّح الوسوم: اكتب جزءًا من اسم أو وصف، وEnter يوسم التحديد</translation>
    </message>
    <message>
        <source>&amp;Next span</source>
        <translation>المقطع ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous span</source>
        <translation>المقطع ال&amp;سابق</translation>
    </message>
    <message>
        <source>Select the next span (the next suggestion while the document has open suggestions)</source>
        <translation>تحديد المقطع التالي (الاقتراح التالي ما دامت في المستند اقتراحات معلّقة)</translation>
    </message>
    <message>
        <source>Select the previous span (the previous suggestion while the document has open suggestions)</source>
        <translation>تحديد المقطع السابق (الاقتراح السابق ما دامت في المستند اقتراحات معلّقة)</translation>
    </message>
    <message>
        <source>E&amp;xact selection</source>
        <translation>تحديد &amp;دقيق</translation>
    </message>
    <message>
        <source>Label exactly the selected characters (else whole words, no edge space or punctuation)</source>
        <translation>وسم المحارف المحددة كما هي تمامًا (وإلا فكلمات كاملة، بلا مسافة أو علامة ترقيم على الحواف)</translation>
    </message>
    <message>
        <source>Grow start by a word</source>
        <translation>مدّ البداية بكلمة</translation>
    </message>
    <message>
        <source>Move the start one word earlier</source>
        <translation>تحريك البداية كلمة إلى الوراء</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>تقليص البداية بكلمة</translation>
    </message>
    <message>
        <source>Move the start one word later (leave out a clitic with the char step)</source>
        <translation>تحريك البداية كلمة إلى الأمام (لاستبعاد لاصقة استخدم خطوة المحرف)</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>تقليص النهاية بكلمة</translation>
    </message>
    <message>
        <source>Move the end one word earlier</source>
        <translation>تحريك النهاية كلمة إلى الوراء</translation>
    </message>
    <message>
        <source>Grow end by a word</source>
        <translation>مدّ النهاية بكلمة</translation>
    </message>
    <message>
        <source>Move the end one word later</source>
        <translation>تحريك النهاية كلمة إلى الأمام</translation>
    </message>
    <message>
        <source>Grow start by a character</source>
        <translation>مدّ البداية بمحرف</translation>
    </message>
    <message>
        <source>Move the start one character earlier</source>
        <translation>تحريك البداية محرفًا إلى الوراء</translation>
    </message>
    <message>
        <source>Shrink start by a character</source>
        <translation>تقليص البداية بمحرف</translation>
    </message>
    <message>
        <source>Move the start one character later</source>
        <translation>تحريك البداية محرفًا إلى الأمام</translation>
    </message>
    <message>
        <source>Shrink end by a character</source>
        <translation>تقليص النهاية بمحرف</translation>
    </message>
    <message>
        <source>Move the end one character earlier</source>
        <translation>تحريك النهاية محرفًا إلى الوراء</translation>
    </message>
    <message>
        <source>Grow end by a character</source>
        <translation>مدّ النهاية بمحرف</translation>
    </message>
    <message>
        <source>Move the end one character later</source>
        <translation>تحريك النهاية محرفًا إلى الأمام</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next document</source>
        <translation>الانتقال إلى المستند التالي</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous document</source>
        <translation>الانتقال إلى المستند السابق</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>التالي &amp;غير المنجز</translation>
    </message>
    <message>
        <source>Go to the next document still to do</source>
        <translation>الانتقال إلى المستند التالي الذي لم يُنجز بعد</translation>
    </message>
    <message>
        <source>Mark &amp;done and move on</source>
        <translation>وضع علامة &amp;منجز والمتابعة</translation>
    </message>
    <message>
        <source>Mark this document done and go to the next unfinished one</source>
        <translation>وضع علامة منجز على هذا المستند والانتقال إلى التالي غير المنجز</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>ت&amp;خطٍّ</translation>
    </message>
    <message>
        <source>Mark this document skipped and move on</source>
        <translation>وضع علامة متخطّى على هذا المستند والمتابعة</translation>
    </message>
    <message>
        <source>&amp;Flag / unflag</source>
        <translation>&amp;تعليم / إلغاء التعليم</translation>
    </message>
    <message>
        <source>Flag this document for review (again to unflag)</source>
        <translation>تعليم هذا المستند للمراجعة (مرة أخرى لإلغاء التعليم)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Write a note on this document</source>
        <translation>كتابة ملاحظة على هذا المستند</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>Focus the next open suggestion</source>
        <translation>الانتقال إلى الاقتراح المعلّق التالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>الاقتراح المعلّق السابق</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>Accept the focused suggestion: it becomes a span (Enter or Space)</source>
        <translation>قبول الاقتراح الحالي: يصبح مقطعًا (Enter أو Space)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Reject the focused one</source>
        <translation>رفض الاقتراح الحالي</translation>
    </message>
    <message>
        <source>Accept all suggestions in &amp;document</source>
        <translation>قبول كل الاقتراحات في ال&amp;مستند</translation>
    </message>
    <message>
        <source>Accept every open suggestion of this document, in one undo step</source>
        <translation>قبول كل الاقتراحات المعلّقة في هذا المستند، في خطوة تراجع واحدة</translation>
    </message>
    <message>
        <source>From a &amp;gazetteer…</source>
        <translation>من م&amp;عجم أسماء…</translation>
    </message>
    <message>
        <source>Suggest the phrases of a TSV file (phrase&lt;TAB&gt;label) wherever they occur</source>
        <translation>اقتراح عبارات ملف TSV (عبارة&lt;TAB&gt;وسم) حيثما وردت</translation>
    </message>
    <message>
        <source>&amp;Propagate the corpus&apos;s labels</source>
        <translation>&amp;نشر وسوم المدوّنة</translation>
    </message>
    <message>
        <source>Suggest what is labelled elsewhere in the corpus wherever else it occurs</source>
        <translation>اقتراح ما وُسم في موضع من المدوّنة حيثما ورد في غيره</translation>
    </message>
    <message>
        <source>&amp;Train a model on done documents…</source>
        <translation>ت&amp;دريب نموذج على المستندات المنجزة…</translation>
    </message>
    <message>
        <source>Train a spaCy model on the done documents, in the background (needs spaCy)</source>
        <translation>تدريب نموذج spaCy على المستندات المنجزة، في الخلفية (يتطلب spaCy)</translation>
    </message>
    <message>
        <source>Suggest with the trained &amp;model</source>
        <translation>اقتراح با&amp;لنموذج المدرَّب</translation>
    </message>
    <message>
        <source>Suggest with the model trained beside the corpus</source>
        <translation>اقتراح بالنموذج المدرَّب بجانب المدوّنة</translation>
    </message>
    <message>
        <source>&amp;Clear suggestions</source>
        <translation>&amp;إزالة الاقتراحات</translation>
    </message>
    <message>
        <source>Remove every suggestion (undoable)</source>
        <translation>إزالة كل الاقتراحات (يمكن التراجع عنها)</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>تحكيم</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>الخلاف ال&amp;تالي</translation>
    </message>
    <message>
        <source>Caret to the next disagreement (then the next document with one)</source>
        <translation>المؤشر إلى الخلاف التالي (ثم المستند التالي الذي فيه خلاف)</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>الخلاف ال&amp;سابق</translation>
    </message>
    <message>
        <source>Caret to the previous disagreement (then the previous document with one)</source>
        <translation>المؤشر إلى الخلاف السابق (ثم المستند السابق الذي فيه خلاف)</translation>
    </message>
    <message>
        <source>Next &amp;undecided</source>
        <translation>التالي &amp;غير المحسوم</translation>
    </message>
    <message>
        <source>Caret to the next disagreement not decided yet, in any document</source>
        <translation>المؤشر إلى الخلاف التالي الذي لم يُحسم بعد، في أي مستند</translation>
    </message>
    <message>
        <source>Pick annotator &amp;1&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;1</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 1&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 1</translation>
    </message>
    <message>
        <source>Pick annotator &amp;2&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;2</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 2&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 2</translation>
    </message>
    <message>
        <source>Pick annotator &amp;3&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;3</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 3&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 3</translation>
    </message>
    <message>
        <source>Pick annotator &amp;4&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;4</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 4&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 4</translation>
    </message>
    <message>
        <source>Pick annotator &amp;5&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;5</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 5&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 5</translation>
    </message>
    <message>
        <source>Pick annotator &amp;6&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;6</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 6&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 6</translation>
    </message>
    <message>
        <source>Pick annotator &amp;7&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;7</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 7&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 7</translation>
    </message>
    <message>
        <source>Pick annotator &amp;8&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;8</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 8&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 8</translation>
    </message>
    <message>
        <source>Pick annotator &amp;9&apos;s version</source>
        <translation>اختيار نسخة الموسِّم &amp;9</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 9&apos;s annotator</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع موسِّم المسار 9</translation>
    </message>
    <message>
        <source>Pick &amp;both (all)</source>
        <translation>اختيار ال&amp;اثنين (الكل)</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept every annotator&apos;s spans</source>
        <translation>عند الخلاف تحت المؤشر، قبول مقاطع كل الموسِّمين</translation>
    </message>
    <message>
        <source>Pick n&amp;either</source>
        <translation>عدم اختيار &amp;أيٍّ منهما</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept none (the decision is remembered)</source>
        <translation>عند الخلاف تحت المؤشر، عدم قبول أي منها (يُحفظ القرار)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>ال&amp;خط…</translation>
    </message>
    <message>
        <source>Document font, size and line spacing</source>
        <translation>خط المستند وحجمه وتباعد أسطره</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>ا&amp;لاتفاق…</translation>
    </message>
    <message>
        <source>How far annotators agree: their files, or the versions a merged corpus keeps</source>
        <translation>مدى اتفاق الموسِّمين: ملفاتهم، أو النسخ التي تحفظها مدوّنة مدموجة</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>الإ&amp;حصاءات…</translation>
    </message>
    <message>
        <source>Progress over time, spans per label and document, each annotator&apos;s work, agreement</source>
        <translation>التقدّم عبر الزمن، والمقاطع لكل وسم ومستند، وعمل كل موسِّم، والاتفاق</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>إ&amp;عادة ضبط التكبير</translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation>النص بحجمه المعتاد</translation>
    </message>
    <message>
        <source>Show &amp;invisible characters</source>
        <translation>إظهار المحارف ال&amp;خفية</translation>
    </message>
    <message>
        <source>Bidi marks, joiners, special spaces as small symbols above the text (never inserted)</source>
        <translation>علامات الاتجاه والوصل والمسافات الخاصة كرموز صغيرة فوق النص (لا تُدرج أبدًا)</translation>
    </message>
    <message>
        <source>Show &amp;tatweel</source>
        <translation>إظهار ال&amp;تطويل</translation>
    </message>
    <message>
        <source>Mark tatweels (U+0640) too</source>
        <translation>تعليم التطويل (U+0640) أيضًا</translation>
    </message>
    <message>
        <source>&amp;Compact lines</source>
        <translation>أسطر م&amp;ضغوطة</translation>
    </message>
    <message>
        <source>Label names on hover only</source>
        <translation>أسماء الوسوم عند التمرير فقط</translation>
    </message>
    <message>
        <source>Paragraph direction</source>
        <translation>اتجاه الفقرة</translation>
    </message>
    <message>
        <source>&amp;First strong letter</source>
        <translation>أول &amp;حرف قوي</translation>
    </message>
    <message>
        <source>Each paragraph reads in the direction of its first letter</source>
        <translation>تُقرأ كل فقرة في اتجاه أول حرف فيها</translation>
    </message>
    <message>
        <source>&amp;Majority of letters</source>
        <translation>أ&amp;غلبية الحروف</translation>
    </message>
    <message>
        <source>More Arabic letters than Latin: right to left</source>
        <translation>حروف عربية أكثر من اللاتينية: من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>All &amp;right to left</source>
        <translation>الكل من ال&amp;يمين إلى اليسار</translation>
    </message>
    <message>
        <source>Every paragraph right to left</source>
        <translation>كل فقرة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>All &amp;left to right</source>
        <translation>الكل من ال&amp;يسار إلى اليمين</translation>
    </message>
    <message>
        <source>Every paragraph left to right</source>
        <translation>كل فقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات ل&amp;وحة المفاتيح</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>عرض كل الاختصارات</translation>
    </message>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;نصائح</translation>
    </message>
    <message>
        <source>Show the tips on keyboard selection again</source>
        <translation>إظهار نصائح التحديد بلوحة المفاتيح مجددًا</translation>
    </message>
    <message>
        <source>&amp;About annotator</source>
        <translation>&amp;حول annotator</translation>
    </message>
    <message>
        <source>Versions, fonts and licences</source>
        <translation>الإصدارات والخطوط والرخص</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>Move the caret visually (← goes left on screen)</source>
        <translation>تحريك المؤشر بصريًا (← يذهب يسارًا على الشاشة)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Left / Ctrl+Right</translation>
    </message>
    <message>
        <source>Move the caret by a word (the core&apos;s tokenizer)</source>
        <translation>تحريك المؤشر بكلمة (مقسِّم النواة)</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+Left / Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>توسيع التحديد بمحرف</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left / Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Left / Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>توسيع التحديد بكلمة</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Start / end of the line</source>
        <translation>بداية / نهاية السطر</translation>
    </message>
    <message>
        <source>Double-click / drag</source>
        <translation>نقر مزدوج / سحب</translation>
    </message>
    <message>
        <source>Select a word / whole words (snapped to tokens)</source>
        <translation>تحديد كلمة / كلمات كاملة (مضبوطة على الوحدات)</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+سحب</translation>
    </message>
    <message>
        <source>Select exact characters (no snapping)</source>
        <translation>تحديد محارف بعينها (دون ضبط)</translation>
    </message>
    <message>
        <source>Click on a span</source>
        <translation>نقر على مقطع</translation>
    </message>
    <message>
        <source>Select the span (again: the next nested one)</source>
        <translation>تحديد المقطع (مرة أخرى: المتداخل التالي)</translation>
    </message>
    <message>
        <source>Enter / Delete in the Spans panel</source>
        <translation>Enter / Delete في لوحة المقاطع</translation>
    </message>
    <message>
        <source>Jump to / delete that span</source>
        <translation>الانتقال إلى ذلك المقطع / حذفه</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find bar</source>
        <translation>Enter / Shift+Enter في شريط البحث</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>النتيجة التالية / السابقة</translation>
    </message>
    <message>
        <source>Esc in the find bar</source>
        <translation>Esc في شريط البحث</translation>
    </message>
    <message>
        <source>Close it; the current match stays selected for a label key</source>
        <translation>إغلاقه؛ وتبقى النتيجة الحالية محددة لمفتاح وسم</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Reject the focused suggestion, like Backspace (unless a label&apos;s hotkey is x)</source>
        <translation>رفض الاقتراح الحالي، مثل Backspace (ما لم يكن x مفتاح وسم)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;تراجع عن {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>إ&amp;عادة {step}</translation>
    </message>
</context>
<context>
    <name>AdjudicateDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>تحكيم</translation>
    </message>
    <message>
        <source>Each file is one annotator (named by the file&apos;s name). Documents they share keep every annotator&apos;s version, shown as lanes under the text; the result is a new corpus you adjudicate and save like any other.</source>
        <translation>كل ملف موسِّم واحد (يُسمّى باسم الملف). المستندات المشتركة تحتفظ بنسخة كل موسِّم، معروضة كمسارات تحت النص؛ والنتيجة مدوّنة جديدة تحكّم فيها وتحفظها كأي مدوّنة أخرى.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Keep the result in</source>
        <translation>حفظ النتيجة في</translation>
    </message>
    <message>
        <source>Accept the spans every annotator agrees on</source>
        <translation>قبول المقاطع التي يتفق عليها كل الموسِّمين</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>ملفات الموسِّمين (اثنان أو أكثر)</translation>
    </message>
    <message>
        <source>Keep the adjudicated corpus in</source>
        <translation>حفظ المدوّنة المحكَّمة في</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>توسيمات (*.jsonl)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>كتابة {name}…</translation>
    </message>
</context>
<context>
    <name>AdjudicationCommands</name>
    <message>
        <source>Adjudication</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <source>Pick {name}&apos;s version (lane &amp;{lane})</source>
        <translation>اختيار نسخة {name} (المسار &amp;{lane})</translation>
    </message>
    <message>
        <source>, counting {done} of {total}</source>
        <translation>، العدّ جارٍ {done} من {total}</translation>
    </message>
    <message>
        <source>{left} of {items} disagreements left{counting}</source>
        <translation>بقي {left} من {items} خلافًا{counting}</translation>
    </message>
    <message>
        <source>Adjudication: {line}</source>
        <translation>التحكيم: {line}</translation>
    </message>
    <message>
        <source>This document: {left} of {count} left.</source>
        <translation>هذا المستند: بقي {left} من {count}.</translation>
    </message>
    <message>
        <source>Corpus: {line}. {here}</source>
        <translation>المدوّنة: {line}. {here}</translation>
    </message>
    <message>
        <source>This document keeps no versions: {keys} go to the next / previous with one.</source>
        <translation>هذا المستند لا يحتفظ بنسخ: {keys} للانتقال إلى التالي / السابق الذي فيه نسخ.</translation>
    </message>
    <message>
        <source>The annotators agree everywhere in this document.</source>
        <translation>الموسِّمون متفقون في كل موضع من هذا المستند.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {keys} go to the next / previous one.</source>
        <translation>لا خلاف تحت المؤشر: {keys} للانتقال إلى التالي / السابق.</translation>
    </message>
    <message>
        <source>This corpus keeps no annotators&apos; versions: File &gt; Adjudicate… makes one.</source>
        <translation>هذه المدوّنة لا تحتفظ بنسخ الموسِّمين: ملف &gt; تحكيم… ينشئ واحدة.</translation>
    </message>
    <message>
        <source>No disagreement after.</source>
        <translation>لا خلاف بعد هذا.</translation>
    </message>
    <message>
        <source>No disagreement before.</source>
        <translation>لا خلاف قبل هذا.</translation>
    </message>
    <message>
        <source>Every disagreement is decided.</source>
        <translation>حُسمت كل الخلافات.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {key} goes to the next one.</source>
        <translation>لا خلاف تحت المؤشر: {key} للانتقال إلى التالي.</translation>
    </message>
    <message>
        <source>This disagreement has {count} annotators.</source>
        <translation>في هذا الخلاف {count} موسِّمين.</translation>
    </message>
    <message>
        <source>{documents} documents, {shared} with several versions, {disagreements} disagreements to decide, {accepted} spans accepted.</source>
        <translation>{documents} مستندًا، منها {shared} بعدة نسخ، و{disagreements} خلافًا للحسم، و{accepted} مقطعًا مقبولًا.</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Under the caret</source>
        <translation>تحت المؤشر</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>الخلاف</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation>(لا شيء هنا)</translation>
    </message>
    <message>
        <source>Disagreement {n} of {count}: {kind} · {decision}</source>
        <translation>الخلاف {n} من {count}: {kind} · {decision}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>ملفات الموسِّمين (اثنان أو أكثر)</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>لا ملف مفتوح</translation>
    </message>
    <message>
        <source>Versions kept in the open corpus ({name})</source>
        <translation>النسخ المحفوظة في المدوّنة المفتوحة ({name})</translation>
    </message>
    <message>
        <source>Token measures: Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha</source>
        <translation>مقاييس الوحدات: كابا كوهين وفلايس، وألفا كريبندورف</translation>
    </message>
    <message>
        <source>Most of the time on large files; the span figures need no tokens</source>
        <translation>تستغرق معظم الوقت في الملفات الكبيرة؛ أرقام المقاطع لا تحتاج إلى وحدات</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>احسب</translation>
    </message>
    <message>
        <source>%v / %m documents</source>
        <translation>%v / %m مستند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>قراءة {count} ملفات…</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>تعذّرت قراءة الملفات</translation>
    </message>
    <message>
        <source>The open file is read as last saved: save (Ctrl+S) to count your latest edits.</source>
        <translation>يُقرأ الملف المفتوح كما حُفظ آخر مرة: احفظ (Ctrl+S) لتُحتسب آخر تعديلاتك.</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>تعذّرت قراءة {count} مستند: {first}</translation>
    </message>
    <message>
        <source>No document of the open corpus keeps two or more versions.</source>
        <translation>لا يوجد في المدوّنة المفتوحة مستند يحتفظ بنسختين أو أكثر.</translation>
    </message>
    <message>
        <source>Counted over the documents that keep versions: a merge keeps none for a document everyone labelled alike, so these are the disputed ones.</source>
        <translation>احتُسبت على المستندات التي تحتفظ بنسخ: الدمج لا يحتفظ بنسخ لمستند وسمه الجميع بالطريقة نفسها، فهذه هي المستندات المختلَف عليها.</translation>
    </message>
    <message>
        <source>Agreement could not be computed</source>
        <translation>تعذّر حساب الاتفاق</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>n A</source>
        <translation>عدد A</translation>
    </message>
    <message>
        <source>n B</source>
        <translation>عدد B</translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation>تطابق تام</translation>
    </message>
    <message>
        <source>Matched overlap</source>
        <translation>تطابق بالتداخل</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 تام</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 بالتداخل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>A&apos;s label</source>
        <translation>وسم A</translation>
    </message>
    <message>
        <source>A&apos;s range</source>
        <translation>مدى A</translation>
    </message>
    <message>
        <source>A&apos;s text</source>
        <translation>نص A</translation>
    </message>
    <message>
        <source>B&apos;s label</source>
        <translation>وسم B</translation>
    </message>
    <message>
        <source>B&apos;s range</source>
        <translation>مدى B</translation>
    </message>
    <message>
        <source>B&apos;s text</source>
        <translation>نص B</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>A فقط</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>B فقط</translation>
    </message>
    <message>
        <source>label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>label and boundary</source>
        <translation>الوسم والحدود</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Enter or double-click: show it in the window</source>
        <translation>Enter أو نقر مزدوج: إظهاره في النافذة</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>لكل وسم</translation>
    </message>
    <message>
        <source>Label confusion</source>
        <translation>التباس الوسوم</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>الزوج:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>{count} document(s) that two or more of {names} have</source>
        <translation>{count} مستند لدى اثنين أو أكثر من {names}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha over tokens: {alpha}</source>
        <translation>ألفا كريبندورف على الوحدات: {alpha}</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over tokens: {kappa}</source>
        <translation>كابا فلايس على الوحدات: {kappa}</translation>
    </message>
    <message>
        <source>{a} (A) and {b} (B)</source>
        <translation>{a} (A) و{b} (B)</translation>
    </message>
    <message>
        <source>{documents} document(s) both have · F1 exact {exact}, overlap {overlap} · token kappa {kappa} over {tokens} tokens</source>
        <translation>{documents} مستند لدى كليهما · F1 تام {exact}، بالتداخل {overlap} · كابا الوحدات {kappa} على {tokens} وحدة</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Rows: {a}&apos;s label (A); columns: {b}&apos;s label (B). How often A&apos;s span met B&apos;s on the same or an overlapping range; {none}: a span the other annotator does not have.</source>
        <translation>الصفوف: وسم {a} (A)؛ الأعمدة: وسم {b} (B). عدد مرات التقاء مقطع A بمقطع B على المدى نفسه أو مدى متداخل؛ {none}: مقطع ليس عند الموسِّم الآخر.</translation>
    </message>
    <message>
        <source>Disagreements ({total})</source>
        <translation>الخلافات ({total})</translation>
    </message>
    <message>
        <source>Disagreements (first {count} of {total})</source>
        <translation>الخلافات (أول {count} من {total})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{todo}

Details are in {log}.</source>
        <translation>{todo}

التفاصيل في {log}.</translation>
    </message>
    <message>
        <source>Could not open {path}.
{what}
{todo}</source>
        <translation>تعذّر فتح {path}.
{what}
{todo}</translation>
    </message>
    <message>
        <source>Could not open the sample corpus</source>
        <translation>تعذّر فتح مدوّنة المثال</translation>
    </message>
</context>
<context>
    <name>ConversionProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Your edits are safe in the journal beside the file and will be restored when you reopen it.</source>
        <translation>تعديلاتك محفوظة في السجل بجانب الملف وستُستعاد عند إعادة فتحه.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk. Remove what the message names, then open the file again.</source>
        <translation>لم يتغيّر شيء على القرص. أزِل ما تذكره الرسالة ثم افتح الملف مجددًا.</translation>
    </message>
    <message>
        <source>Close the other annotator window using this file, then open it again.</source>
        <translation>أغلق نافذة annotator الأخرى التي تستخدم هذا الملف، ثم افتحه مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was changed. To annotate this file, make it writable or copy it to a folder you can write to, then open it again.</source>
        <translation>لم يتغيّر شيء. لتوسيم هذا الملف اجعله قابلًا للكتابة أو انسخه إلى مجلد تستطيع الكتابة فيه، ثم افتحه مجددًا.</translation>
    </message>
    <message>
        <source>Another program changed the file. Save under a new name (or copy the file away) and compare; </source>
        <translation>غيّر برنامج آخر الملف. احفظ باسم جديد (أو انسخ الملف إلى مكان آخر) وقارن؛ </translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions, then save again (Ctrl+S). </source>
        <translation>حرّر بعض المساحة على القرص أو تحقّق من أذونات المجلد، ثم احفظ مجددًا (Ctrl+S). </translation>
    </message>
    <message>
        <source>The file could not be read:
</source>
        <translation>تعذّرت قراءة الملف:
</translation>
    </message>
    <message>
        <source>Fix the lines named above (or pick the right encoding), then open it again. Nothing was changed on disk.</source>
        <translation>أصلح الأسطر المذكورة أعلاه (أو اختر الترميز الصحيح)، ثم افتحه مجددًا. لم يتغيّر شيء على القرص.</translation>
    </message>
    <message>
        <source>The label schema is invalid:
</source>
        <translation>مخطط الوسوم غير صالح:
</translation>
    </message>
    <message>
        <source>Fix the .labels.toml file beside the corpus.</source>
        <translation>أصلح ملف labels.toml بجانب المدوّنة.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>لم يتغيّر شيء على القرص.</translation>
    </message>
    <message>
        <source>The disk is full. </source>
        <translation>القرص ممتلئ. </translation>
    </message>
    <message>
        <source>Free some disk space, then save again (Ctrl+S). </source>
        <translation>حرّر بعض المساحة على القرص، ثم احفظ مجددًا (Ctrl+S). </translation>
    </message>
    <message>
        <source>Permission denied. </source>
        <translation>الإذن مرفوض. </translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or choose another folder.</source>
        <translation>تحقّق من أذونات الملف أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The file does not exist. </source>
        <translation>الملف غير موجود. </translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>تحقّق من المسار وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Check the file and the disk, then try again.</source>
        <translation>تحقّق من الملف والقرص، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>An unexpected error happened: {kind}: {error}</source>
        <translation>حدث خطأ غير متوقع: {kind}: {error}</translation>
    </message>
    <message>
        <source>Your edits are journalled as you make them. Please report this with the log file; saving (Ctrl+S) and reopening is safe.</source>
        <translation>تُدوَّن تعديلاتك في السجل لحظة إجرائها. يُرجى الإبلاغ عن هذا مع ملف السجل؛ الحفظ (Ctrl+S) وإعادة الفتح آمنان.</translation>
    </message>
    <message>
        <source>No formats</source>
        <translation>لا صيغ</translation>
    </message>
    <message>
        <source>No format is available for this yet.</source>
        <translation>لا توجد صيغة متاحة لهذا بعد.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>استيراد من</translation>
    </message>
    <message>
        <source>{verb} which format?</source>
        <translation>{verb} أي صيغة؟</translation>
    </message>
    <message>
        <source>Import {format} folder</source>
        <translation>استيراد مجلد {format}</translation>
    </message>
    <message>
        <source>Import {format}</source>
        <translation>استيراد {format}</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export {format} into folder</source>
        <translation>تصدير {format} إلى مجلد</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>تصدير {format}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>{count} while reading</source>
        <translation>{count} أثناء القراءة</translation>
    </message>
    <message>
        <source>{count} while writing</source>
        <translation>{count} أثناء الكتابة</translation>
    </message>
    <message>
        <source>

{count} warning(s): {where}. Show Details lists them.</source>
        <translation>

{count} تحذير: {where}. زر «إظهار التفاصيل» يسردها.</translation>
    </message>
    <message>
        <source> The first {count} are listed; {hidden} more are not.</source>
        <translation> أول {count} مسرودة؛ و{hidden} غيرها ليست مسرودة.</translation>
    </message>
    <message>
        <source>... and {hidden} more warning(s)</source>
        <translation>... و{hidden} تحذير آخر</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Every document is finished.</source>
        <translation>أُنجزت كل المستندات.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>%v / %m done</source>
        <translation>أُنجز %v من %m</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Documents containing…</source>
        <translation>مستندات تحتوي…</translation>
    </message>
    <message>
        <source>Reading %v / %m</source>
        <translation>قراءة %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>العدّ جارٍ…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>The file changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <source>{error}

Overwrite it with your version? (No keeps both: your edits stay in the journal; copy the file away and save again.)</source>
        <translation>{error}

هل تكتب نسختك فوقه؟ («لا» تُبقي الاثنين: تبقى تعديلاتك في السجل؛ انسخ الملف إلى مكان آخر واحفظ مجددًا.)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>Could not close the file</source>
        <translation>تعذّر إغلاق الملف</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Annotations or text (*.jsonl *.txt);;All files (*)</source>
        <translation>توسيمات أو نص (*.jsonl *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a folder of .txt files</source>
        <translation>فتح مجلد ملفات txt</translation>
    </message>
    <message>
        <source>Keep the imported annotations in</source>
        <translation>حفظ التوسيمات المستوردة في</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>توسيمات (*.jsonl)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>قراءة {name}…</translation>
    </message>
    <message>
        <source>Could not import {name}</source>
        <translation>تعذّر استيراد {name}</translation>
    </message>
    <message>
        <source>Imported {documents} document(s) and {spans} span(s) from {name} into {target}.</source>
        <translation>استُورد {documents} مستند و{spans} مقطع من {name} إلى {target}.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>كتابة {name}…</translation>
    </message>
    <message>
        <source>Could not export to {name}</source>
        <translation>تعذّر التصدير إلى {name}</translation>
    </message>
    <message>
        <source>Wrote {documents} document(s) and {spans} span(s) to {target}.</source>
        <translation>كُتب {documents} مستند و{spans} مقطع إلى {target}.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Annotators&apos; files</source>
        <translation>ملفات الموسِّمين</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl);;All files (*)</source>
        <translation>توسيمات (*.jsonl);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>البحث في هذا المستند</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>حرفي</translation>
    </message>
    <message>
        <source>Match the stored characters exactly</source>
        <translation>مطابقة المحارف المخزّنة تمامًا</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>كلمة كاملة</translation>
    </message>
    <message>
        <source>Start and end on word edges (the tokenizer&apos;s)</source>
        <translation>البدء والانتهاء عند حدود الكلمات (حسب المقسِّم)</translation>
    </message>
    <message>
        <source>Clitics</source>
        <translation>اللواصق</translation>
    </message>
    <message>
        <source>Whole word, also after و ف ب ك ل ال inside the word (the match is the word)</source>
        <translation>كلمة كاملة، وكذلك بعد و ف ب ك ل ال داخل الكلمة (النتيجة هي الكلمة دون اللاصقة)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة ↔ ه</translation>
    </message>
    <message>
        <source>Taa marbuta and heh match each other</source>
        <translation>التاء المربوطة والهاء تتطابقان</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>A regular expression (on the folded text)</source>
        <translation>تعبير نمطي (على النص الموحَّد)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>النتيجة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>In all documents</source>
        <translation>في كل المستندات</translation>
    </message>
    <message>
        <source>List the matches in every document (Ctrl+Alt+F)</source>
        <translation>سرد النتائج في كل المستندات (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} نتيجة</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>FontDialog</name>
    <message>
        <source>Document font</source>
        <translation>خط المستند</translation>
    </message>
    <message>
        <source>Automatic (by the document&apos;s script)</source>
        <translation>تلقائي (حسب كتابة المستند)</translation>
    </message>
    <message>
        <source>The view&apos;s own</source>
        <translation>الخاص بالعرض</translation>
    </message>
    <message>
        <source>This document view sets its own line spacing (room for harakat and labels).</source>
        <translation>يضبط عرض المستند هذا تباعد أسطره بنفسه (متّسع للحركات والوسوم).</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>ت&amp;باعد الأسطر</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Arabic script, sans serif (Arabic, Persian)</source>
        <translation>الخط العربي، بلا زوائد (العربية، الفارسية)</translation>
    </message>
    <message>
        <source>Arabic script, Naskh (Urdu, for want of a Nastaliq face)</source>
        <translation>الخط العربي، نسخ (الأردية، لغياب خط نستعليق)</translation>
    </message>
    <message>
        <source>Arabic script, Kufi (headings, a choice)</source>
        <translation>الخط العربي، كوفي (للعناوين، اختياري)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>(no description yet: Edit &gt; Label schema… adds one)</source>
        <translation>(لا وصف بعد: تحرير &gt; مخطط الوسوم… يضيف واحدًا)</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <source>Label all occurrences</source>
        <translation>وسم جميع المواضع</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>حرفي</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>كلمة كاملة</translation>
    </message>
    <message>
        <source>Clitics (و ف ب ك ل ال)</source>
        <translation>اللواصق (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة ↔ ه</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>المطابقة:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Looking in {done} of {total} documents: {found} found so far…</source>
        <translation>البحث جارٍ في {done} من {total} مستند: عُثر على {found} حتى الآن…</translation>
    </message>
    <message>
        <source>Found {found}: {to_add} to label in {documents} document(s).</source>
        <translation>عُثر على {found}: {to_add} للوسم في {documents} مستند.</translation>
    </message>
    <message>
        <source>{n} already labelled (skipped).</source>
        <translation>{n} موسومة من قبل (تُخطّيت).</translation>
    </message>
    <message>
        <source>{n} overlap another span (skipped).</source>
        <translation>{n} تتداخل مع مقطع آخر (تُخطّيت).</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Filter labels — Enter labels the selection</source>
        <translation>ترشيح الوسوم — Enter يوسم التحديد</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>The interface will be in {language} when annotator next starts.</source>
        <translation>ستكون الواجهة بـ{language} عند تشغيل annotator في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>فتح م&amp;جلد…</translation>
    </message>
    <message>
        <source>Read-only: nothing can be edited or saved.</source>
        <translation>للقراءة فقط: لا يمكن تحرير أو حفظ شيء.</translation>
    </message>
    <message>
        <source>Restored {count} edit(s) that were made after the last save (the program had stopped without saving). They are saved with your next save.</source>
        <translation>استُعيد {count} تعديل أُجري بعد آخر حفظ (توقّف البرنامج دون حفظ). ستُحفظ مع حفظك القادم.</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>تعارض اختصارات: {conflict}.</translation>
    </message>
    <message>
        <source>Document {number} cannot be read</source>
        <translation>تتعذّر قراءة المستند {number}</translation>
    </message>
    <message>
        <source>Could not record the edit</source>
        <translation>تعذّر تسجيل التعديل</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>تعذّرت الإعادة</translation>
    </message>
    <message>
        <source>The window could not update</source>
        <translation>تعذّر تحديث النافذة</translation>
    </message>
</context>
<context>
    <name>ModelTraining</name>
    <message>
        <source>No done documents to learn from: mark some done first (Ctrl+Enter).</source>
        <translation>لا مستندات منجزة للتعلّم منها: ضع علامة منجز على بعضها أولًا (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Training a model on {count} done document(s)…</source>
        <translation>تدريب نموذج على {count} مستند منجز…</translation>
    </message>
    <message>
        <source>Training %v/%m</source>
        <translation>التدريب %v/%m</translation>
    </message>
    <message>
        <source>Model trained on {documents} document(s) ({spans} spans) in {seconds} s, saved in {path}: Suggestions &gt; Suggest with the trained model uses it.</source>
        <translation>دُرِّب النموذج على {documents} مستند ({spans} مقطع) في {seconds} ث، وحُفظ في {path}: اقتراحات &gt; اقتراح بالنموذج المدرَّب يستخدمه.</translation>
    </message>
    <message>
        <source>Training stopped: {why}</source>
        <translation>توقّف التدريب: {why}</translation>
    </message>
    <message>
        <source>The training process ended without a model.</source>
        <translation>انتهت عملية التدريب دون نموذج.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name is recorded on every document you change (who and when) and on every span you make, so a project lead can merge the team&apos;s files and measure agreement. It stays in this computer&apos;s settings; Edit &gt; Annotator name… changes it. Skip to record no name.</source>
        <translation>يُسجَّل اسمك على كل مستند تغيّره (مَن ومتى) وعلى كل مقطع تنشئه، ليتمكّن قائد المشروع من دمج ملفات الفريق وقياس الاتفاق. يبقى في إعدادات هذا الحاسوب؛ تحرير &gt; اسم الموسِّم… يغيّره. اختر «تخطٍّ» لعدم تسجيل اسم.</translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation>مَن يوسِّم؟</translation>
    </message>
    <message>
        <source>Your name, e.g. sara</source>
        <translation>اسمك، مثلًا sara</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Record no name: your edits carry no author</source>
        <translation>عدم تسجيل اسم: تعديلاتك بلا مؤلف</translation>
    </message>
    <message>
        <source>Keep the name as it is</source>
        <translation>إبقاء الاسم كما هو</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note on this document (saved as you type)</source>
        <translation>ملاحظة على هذا المستند (تُحفظ أثناء الكتابة)</translation>
    </message>
</context>
<context>
    <name>ReadingComfort</name>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Renaming spans in every document…</source>
        <translation>إعادة تسمية المقاطع في كل المستندات…</translation>
    </message>
    <message>
        <source>The label schema was not changed</source>
        <translation>لم يتغيّر مخطط الوسوم</translation>
    </message>
    <message>
        <source>Cancelled: the label schema is unchanged.</source>
        <translation>أُلغي: مخطط الوسوم لم يتغيّر.</translation>
    </message>
    <message>
        <source>Label schema saved; {count} span(s) renamed.</source>
        <translation>حُفظ مخطط الوسوم؛ أُعيدت تسمية {count} مقطع.</translation>
    </message>
    <message>
        <source>Label schema saved.</source>
        <translation>حُفظ مخطط الوسوم.</translation>
    </message>
    <message>
        <source>The shortcuts could not be saved</source>
        <translation>تعذّر حفظ الاختصارات</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>2nd key</source>
        <translation>المفتاح الثاني</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Renaming a label renames its spans in every document (one undo step). Labels are never removed. Hotkeys: 1–9 or a–z.</source>
        <translation>إعادة تسمية وسم تعيد تسمية مقاطعه في كل المستندات (خطوة تراجع واحدة). لا تُحذف الوسوم أبدًا. مفاتيح الاختصار: 1–9 أو a–z.</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>تعارض اختصارات: {conflict}.</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No matches for “{query}” in this document.</source>
        <translation>لا نتائج لـ«{query}» في هذا المستند.</translation>
    </message>
    <message>
        <source>Match {current} of {total}: “{query}”</source>
        <translation>النتيجة {current} من {total}: «{query}»</translation>
    </message>
    <message>
        <source>went round the document&apos;s end</source>
        <translation>استُؤنف من الطرف الآخر للمستند</translation>
    </message>
    <message>
        <source>Type what to find, then Ctrl+Alt+F again.</source>
        <translation>اكتب ما تبحث عنه، ثم Ctrl+Alt+F مجددًا.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be labelled.</source>
        <translation>للقراءة فقط: لا يمكن وسم شيء.</translation>
    </message>
    <message>
        <source>Select a word or type it in the find bar (Ctrl+F) first.</source>
        <translation>حدّد كلمة أو اكتبها في شريط البحث (Ctrl+F) أولًا.</translation>
    </message>
    <message>
        <source>Labelled {n} occurrences as {label} in {documents} document(s).</source>
        <translation>وُسم {n} موضع كـ{label} في {documents} مستند.</translation>
    </message>
    <message>
        <source>Skipped {n} (already labelled or overlapping).</source>
        <translation>تُخطّي {n} (موسومة من قبل أو متداخلة).</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z يتراجع عنه.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>الإزاحات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} documents: {found} matches so far.</source>
        <translation>توقّف بعد {done} من {total} مستند: {found} نتيجة حتى الآن.</translation>
    </message>
    <message>
        <source>Searching “{query}”: {done} of {total} documents, {found} matches…</source>
        <translation>البحث عن «{query}»: {done} من {total} مستند، {found} نتيجة…</translation>
    </message>
    <message>
        <source>“{query}”: {found} matches in {documents} of {total} documents.</source>
        <translation>«{query}»: {found} نتيجة في {documents} من {total} مستند.</translation>
    </message>
    <message>
        <source>The first {kept} are listed.</source>
        <translation>أول {kept} مسرودة.</translation>
    </message>
    <message>
        <source>{n} documents could not be read.</source>
        <translation>تعذّرت قراءة {n} مستند.</translation>
    </message>
    <message>
        <source>The search stopped: {problem}</source>
        <translation>توقّف البحث: {problem}</translation>
    </message>
    <message>
        <source>The search stopped</source>
        <translation>توقّف البحث</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <source>Customise shortcuts</source>
        <translation>تخصيص الاختصارات</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>إ&amp;رجاع إلى الافتراضي</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>إرجاع ال&amp;كل</translation>
    </message>
    <message>
        <source>Double-click a Keys cell to change it; separate keys by &apos;, &apos;.</source>
        <translation>انقر نقرًا مزدوجًا على خلية المفاتيح لتغييرها؛ افصل المفاتيح بـ &apos;, &apos;.</translation>
    </message>
    <message>
        <source>{key} is not a key Qt understands.</source>
        <translation>{key} ليس مفتاحًا يفهمه Qt.</translation>
    </message>
    <message>
        <source>Conflict: {conflict}.</source>
        <translation>تعارض: {conflict}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>وسم كـ{label}</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
</context>
<context>
    <name>SpanCommands</name>
    <message>
        <source>Nothing to label: the selection holds only spaces and punctuation (Span &gt; Exact selection labels characters as selected).</source>
        <translation>لا شيء للوسم: التحديد لا يحوي إلا مسافات وعلامات ترقيم (مقطع &gt; تحديد دقيق يوسم المحارف كما حُدّدت).</translation>
    </message>
    <message>
        <source>Select some text first (Shift+arrows or the mouse).</source>
        <translation>حدّد نصًا أولًا (Shift+الأسهم أو الفأرة).</translation>
    </message>
    <message>
        <source>Exact selection: labels take the characters as selected.</source>
        <translation>التحديد الدقيق: تأخذ الوسوم المحارف كما حُدّدت.</translation>
    </message>
    <message>
        <source>Labels take whole words, without edge spaces or punctuation.</source>
        <translation>تأخذ الوسوم كلمات كاملة، دون مسافات أو علامات ترقيم على الحواف.</translation>
    </message>
    <message>
        <source>No span selected (Tab selects the next one).</source>
        <translation>لا مقطع محدد (Tab يحدد التالي).</translation>
    </message>
</context>
<context>
    <name>SpansPanel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>{documents} documents ({statuses}), {spans} spans</source>
        <translation>{documents} مستند ({statuses})، {spans} مقطع</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Spans per label: {top}</source>
        <translation>المقاطع لكل وسم: {top}</translation>
    </message>
    <message>
        <source>{pace} documents per active hour</source>
        <translation>{pace} مستند في كل ساعة عمل</translation>
    </message>
    <message>
        <source>no recorded times</source>
        <translation>لا أوقات مسجّلة</translation>
    </message>
    <message>
        <source>Annotator {name}: last changed {documents} documents, made {spans} spans, {pace}</source>
        <translation>الموسِّم {name}: آخر من غيّر {documents} مستندًا، وأنشأ {spans} مقطعًا، {pace}</translation>
    </message>
    <message>
        <source>{count} document(s) keep several annotators&apos; versions</source>
        <translation>{count} مستند يحتفظ بنسخ عدة موسِّمين</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Reading %v / %m documents</source>
        <translation>قراءة %v / %m مستند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>العدّ مجددًا</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Cancelled: nothing counted. Count again to see the figures.</source>
        <translation>أُلغي: لم يُعدّ شيء. أعد العدّ لترى الأرقام.</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>تعذّرت قراءة {count} مستند: {first}</translation>
    </message>
    <message>
        <source>{name}: {count} documents</source>
        <translation>{name}: {count} مستند</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>الرسم جارٍ…</translation>
    </message>
    <message>
        <source>The statistics could not be counted</source>
        <translation>تعذّر عدّ الإحصاءات</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>حفظ الإحصاءات</translation>
    </message>
    <message>
        <source>The statistics could not be saved</source>
        <translation>تعذّر حفظ الإحصاءات</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Annotator: {name}</source>
        <translation>الموسِّم: {name}</translation>
    </message>
    <message>
        <source>No annotator name</source>
        <translation>لا اسم للموسِّم</translation>
    </message>
    <message>
        <source>Recorded on the documents and spans you change (Edit &gt; Annotator name…)</source>
        <translation>يُسجَّل على المستندات والمقاطع التي تغيّرها (تحرير &gt; اسم الموسِّم…)</translation>
    </message>
    <message>
        <source>Your edits carry no author: Edit &gt; Annotator name… sets one</source>
        <translation>تعديلاتك بلا مؤلف: تحرير &gt; اسم الموسِّم… يعيّن واحدًا</translation>
    </message>
    <message>
        <source>Document {number} of {count} · {status}</source>
        <translation>المستند {number} من {count} · {status}</translation>
    </message>
    <message>
        <source>Caret {caret}</source>
        <translation>المؤشر {caret}</translation>
    </message>
    <message>
        <source>Selection [{start}, {end})</source>
        <translation>التحديد [{start}, {end})</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>لا تحديد</translation>
    </message>
    <message>
        <source>Paragraph RTL</source>
        <translation>الفقرة من اليمين لليسار</translation>
    </message>
    <message>
        <source>Paragraph LTR</source>
        <translation>الفقرة من اليسار لليمين</translation>
    </message>
    <message>
        <source>Suggestions left: {count}</source>
        <translation>الاقتراحات المتبقية: {count}</translation>
    </message>
    <message>
        <source>Invisible characters and tatweels</source>
        <translation>المحارف الخفية والتطويل</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>المحارف الخفية</translation>
    </message>
    <message>
        <source>Directions: {mode}</source>
        <translation>الاتجاهات: {mode}</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>○ todo</source>
        <translation>○ للإنجاز</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ منجز</translation>
    </message>
    <message>
        <source>↷ skipped</source>
        <translation>↷ متخطّى</translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation>⚑ معلَّم</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>معلَّم</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>No suggestions left in this document.</source>
        <translation>لم تبقَ اقتراحات في هذا المستند.</translation>
    </message>
    <message>
        <source>No suggestion is focused: Tab or F8 goes to the next one.</source>
        <translation>لا اقتراح حاليًا: Tab أو F8 للانتقال إلى التالي.</translation>
    </message>
    <message>
        <source>No suggestions to accept in this document.</source>
        <translation>لا اقتراحات لقبولها في هذا المستند.</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s); {skipped} left (they overlap spans).</source>
        <translation>قُبل {accepted} اقتراح؛ وبقي {skipped} (تتداخل مع مقاطع).</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s).</source>
        <translation>قُبل {accepted} اقتراح.</translation>
    </message>
</context>
<context>
    <name>SuggestionSources</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Read-only: suggestions cannot be added to this corpus.</source>
        <translation>للقراءة فقط: لا يمكن إضافة اقتراحات إلى هذه المدوّنة.</translation>
    </message>
    <message>
        <source>Suggestions are being made: wait for them, or Cancel.</source>
        <translation>يجري إعداد الاقتراحات: انتظرها، أو اضغط «إلغاء».</translation>
    </message>
    <message>
        <source>Suggest from a gazetteer (phrase&lt;TAB&gt;label)</source>
        <translation>الاقتراح من معجم أسماء (عبارة&lt;TAB&gt;وسم)</translation>
    </message>
    <message>
        <source>Gazetteers (*.tsv *.txt);;All files (*)</source>
        <translation>معاجم أسماء (*.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The gazetteer cannot be read</source>
        <translation>تتعذّر قراءة معجم الأسماء</translation>
    </message>
    <message>
        <source>{count} line(s) of the gazetteer were skipped; the first: {problem}</source>
        <translation>تُخطّي {count} سطر من معجم الأسماء؛ أولها: {problem}</translation>
    </message>
    <message>
        <source>the gazetteer</source>
        <translation>معجم الأسماء</translation>
    </message>
    <message>
        <source>the corpus&apos;s labels</source>
        <translation>وسوم المدوّنة</translation>
    </message>
    <message>
        <source>No model beside the corpus yet: Suggestions &gt; Train a model first.</source>
        <translation>لا نموذج بجانب المدوّنة بعد: اقتراحات &gt; تدريب نموذج أولًا.</translation>
    </message>
    <message>
        <source>The model cannot be loaded</source>
        <translation>يتعذّر تحميل النموذج</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Suggestions %p%</source>
        <translation>الاقتراحات %p%</translation>
    </message>
    <message>
        <source>Suggestions could not be made</source>
        <translation>تعذّر إعداد الاقتراحات</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>إزالة الاقتراحات</translation>
    </message>
    <message>
        <source>Suggestions from {source}</source>
        <translation>اقتراحات من {source}</translation>
    </message>
    <message>
        <source>Removed {count} suggestion(s) from {documents} document(s)</source>
        <translation>أُزيل {count} اقتراح من {documents} مستند</translation>
    </message>
    <message>
        <source>No new suggestions from {source}.</source>
        <translation>لا اقتراحات جديدة من {source}.</translation>
    </message>
    <message>
        <source>Suggestions from {source}: {count} in {documents} document(s)</source>
        <translation>اقتراحات من {source}: {count} في {documents} مستند</translation>
    </message>
    <message>
        <source>Cancelled: no suggestion was changed.</source>
        <translation>أُلغي: لم يتغيّر أي اقتراح.</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The name could not be kept</source>
        <translation>تعذّر حفظ الاسم</translation>
    </message>
    <message>
        <source>Document {document} is not in the open file: open its file to see it.</source>
        <translation>المستند {document} ليس في الملف المفتوح: افتح ملفه لتراه.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <source>Selecting from the keyboard: Ctrl+Shift+← / → extends the selection by a word, Shift+← / → by a character. A label&apos;s hotkey (on its button) labels the selection; Ctrl+L finds a label by name.</source>
        <translation>التحديد بلوحة المفاتيح: Ctrl+Shift+← / → يوسّع التحديد بكلمة، وShift+← / → بمحرف. مفتاح الوسم (على زرّه) يوسم التحديد؛ وCtrl+L يجد وسمًا باسمه.</translation>
    </message>
    <message>
        <source>Alt+PgDown leaves a clitic out: بالمغرب becomes المغرب. Tab / Shift+Tab: next / previous span. Ctrl+Return: done, on to the next document. F1 lists every key.</source>
        <translation>Alt+PgDown يستبعد اللاصقة: بالمغرب تصبح المغرب. Tab / Shift+Tab: المقطع التالي / السابق. Ctrl+Return: منجز، وإلى المستند التالي. F1 يسرد كل المفاتيح.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Hide these tips (Help &gt; Tips shows them again)</source>
        <translation>إخفاء هذه النصائح (مساعدة &gt; نصائح يظهرها مجددًا)</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Replaced {spans} with {label}</source>
        <translation>حلّ {label} محلّ {spans}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>ViewLayers</name>
    <message>
        <source>Label: {label}</source>
        <translation>الوسم: {label}</translation>
    </message>
    <message>
        <source>Suggestion: {label}</source>
        <translation>اقتراح: {label}</translation>
    </message>
    <message>
        <source>{name} at {offset}</source>
        <translation>{name} عند {offset}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>first strong letter</source>
        <translation>أول حرف قوي</translation>
    </message>
    <message>
        <source>majority of letters</source>
        <translation>أغلبية الحروف</translation>
    </message>
    <message>
        <source>all right to left</source>
        <translation>الكل من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>all left to right</source>
        <translation>الكل من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>The direction mode was not changed</source>
        <translation>لم يتغيّر نمط الاتجاه</translation>
    </message>
    <message>
        <source>Paragraph direction: {mode} (kept in the label schema on save)</source>
        <translation>اتجاه الفقرة: {mode} (يُحفظ في مخطط الوسوم عند الحفظ)</translation>
    </message>
</context>
</TS>
