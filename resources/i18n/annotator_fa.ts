<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>SIL Open Font License 1.1 (OFL-1.1; its text is in the package&apos;s LICENSE file)</source>
        <translation>پروانه قلم باز SIL نسخه 1.1 (OFL-1.1؛ متن آن در پرونده LICENSE بسته است)</translation>
    </message>
    <message>
        <source>not installed as a package</source>
        <translation>به‌صورت بسته نصب نشده</translation>
    </message>
    <message>
        <source>Offline span annotation for right-to-left text (Arabic, Persian, Urdu, Hebrew).</source>
        <translation>برچسب‌گذاری آفلاین بازه‌ها برای متن راست‌به‌چپ (عربی، فارسی، اردو، عبری).</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>پروانه: {licence}.</translation>
    </message>
    <message>
        <source>Bundled fonts (registered by the app, not installed in the system):</source>
        <translation>قلم‌های همراه (برنامه آن‌ها را ثبت می‌کند، در سیستم نصب نمی‌شوند):</translation>
    </message>
    <message>
        <source>    {package} {version}, licence: {licence}</source>
        <translation>    {package} {version}، پروانه: {licence}</translation>
    </message>
    <message>
        <source>  none found: the system&apos;s fonts are used</source>
        <translation>  چیزی پیدا نشد: قلم‌های سیستم به کار می‌روند</translation>
    </message>
    <message>
        <source>Urdu is shown in the Naskh face: no Nastaliq font is packaged on PyPI.</source>
        <translation>اردو با قلم نسخ نمایش داده می‌شود: هیچ قلم نستعلیقی در PyPI بسته‌بندی نشده است.</translation>
    </message>
    <message>
        <source>Nothing here reaches the network.</source>
        <translation>هیچ چیز در اینجا به شبکه وصل نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator</source>
        <translation>درباره annotator</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Span</source>
        <translation>&amp;بازه</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;سند</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>پی&amp;شنهادها</translation>
    </message>
    <message>
        <source>&amp;Adjudicate</source>
        <translation>&amp;داوری</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Open a .jsonl, a .txt or a folder of .txt files</source>
        <translation>باز کردن پرونده jsonl یا txt یا پوشه‌ای از پرونده‌های txt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save the annotations file (edits are journalled at once anyway)</source>
        <translation>ذخیره پرونده برچسب‌ها (ویرایش‌ها به‌هرحال فوراً در دفترچه ثبت می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <source>Import a file in another format into a new corpus</source>
        <translation>وارد کردن پرونده‌ای با قالب دیگر به پیکره‌ای تازه</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;صادر کردن…</translation>
    </message>
    <message>
        <source>Export this corpus to another format</source>
        <translation>صادر کردن این پیکره به قالبی دیگر</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;داوری…</translation>
    </message>
    <message>
        <source>Settle two or more annotators&apos; files: each one&apos;s spans in a lane, into a new corpus</source>
        <translation>داوری میان پرونده‌های دو یا چند برچسب‌گذار: بازه‌های هر یک در یک خط، در پیکره‌ای تازه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>ذخیره و خروج</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>Undo the last edit (switches to its document)</source>
        <translation>واگرد آخرین ویرایش (به سند آن می‌رود)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>انجام دوباره آخرین ویرایش واگردشده</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;یافتن…</translation>
    </message>
    <message>
        <source>Find in this document (Arabic-aware: harakat, tatweel, alef and ya forms ignored)</source>
        <translation>یافتن در این سند (آگاه از عربی: اعراب، کشیده و شکل‌های الف و ی نادیده گرفته می‌شوند)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>یافتن &amp;بعدی</translation>
    </message>
    <message>
        <source>Select the next match of the find bar&apos;s query (also with the bar closed)</source>
        <translation>انتخاب مورد بعدی عبارت نوار یافتن (حتی وقتی نوار بسته است)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>یافتن &amp;قبلی</translation>
    </message>
    <message>
        <source>Select the previous match of the find bar&apos;s query</source>
        <translation>انتخاب مورد قبلی عبارت نوار یافتن</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>&amp;جستجو در همه سندها…</translation>
    </message>
    <message>
        <source>Search the whole corpus; the results panel lists document, context and offsets</source>
        <translation>جستجو در کل پیکره؛ تابلوی نتایج سند، زمینه و موقعیت‌ها را فهرست می‌کند</translation>
    </message>
    <message>
        <source>Label &amp;all occurrences…</source>
        <translation>برچسب‌گذاری &amp;همه موارد…</translation>
    </message>
    <message>
        <source>Label every occurrence of the selection or the query, in this document or the corpus</source>
        <translation>برچسب‌گذاری همه موارد متن انتخاب‌شده یا عبارت جستجو، در این سند یا در پیکره</translation>
    </message>
    <message>
        <source>&amp;Label schema…</source>
        <translation>&amp;طرح برچسب‌ها…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and reorder labels; their hotkeys and descriptions</source>
        <translation>افزودن، تغییر نام، تغییر رنگ و مرتب‌سازی برچسب‌ها؛ کلیدهای میان‌بر و توضیح آن‌ها</translation>
    </message>
    <message>
        <source>&amp;Customise shortcuts…</source>
        <translation>&amp;سفارشی‌سازی میان‌برها…</translation>
    </message>
    <message>
        <source>Change the keys of any action (conflicts are shown as you type)</source>
        <translation>تغییر کلیدهای هر فرمان (تداخل‌ها هنگام تایپ نشان داده می‌شوند)</translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation>&amp;نام برچسب‌گذار…</translation>
    </message>
    <message>
        <source>Who is annotating: the name recorded on the documents and spans you change</source>
        <translation>چه کسی برچسب می‌زند: نامی که روی سندها و بازه‌هایی که تغییر می‌دهید ثبت می‌شود</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف بازه</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>حذف بازه انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;پاک کردن انتخاب</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>پاک کردن انتخاب</translation>
    </message>
    <message>
        <source>C&amp;hoose label…</source>
        <translation>&amp;انتخاب برچسب…</translation>
    </message>
    <message>
        <source>Jump to the label filter: type part of a name or description, Enter labels the selection</source>
        <translation>رفتن به صافی برچسب‌ها: بخشی از نام یا توضیح را بنویسید، Enter انتخاب را برچسب می‌زند</translation>
    </message>
    <message>
        <source>&amp;Next span</source>
        <translation>بازه &amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous span</source>
        <translation>بازه &amp;قبلی</translation>
    </message>
    <message>
        <source>Select the next span (the next suggestion while the document has open suggestions)</source>
        <translation>انتخاب بازه بعدی (پیشنهاد بعدی، تا وقتی سند پیشنهاد باز دارد)</translation>
    </message>
    <message>
        <source>Select the previous span (the previous suggestion while the document has open suggestions)</source>
        <translation>انتخاب بازه قبلی (پیشنهاد قبلی، تا وقتی سند پیشنهاد باز دارد)</translation>
    </message>
    <message>
        <source>E&amp;xact selection</source>
        <translation>انتخاب &amp;دقیق</translation>
    </message>
    <message>
        <source>Label exactly the selected characters (else whole words, no edge space or punctuation)</source>
        <translation>برچسب زدن دقیقاً همان نویسه‌های انتخاب‌شده (وگرنه واژه‌های کامل، بی فاصله یا نشانه سجاوندی در لبه‌ها)</translation>
    </message>
    <message>
        <source>Grow start by a word</source>
        <translation>گسترش آغاز به اندازه یک واژه</translation>
    </message>
    <message>
        <source>Move the start one word earlier</source>
        <translation>بردن آغاز یک واژه به عقب</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>کوتاه کردن آغاز به اندازه یک واژه</translation>
    </message>
    <message>
        <source>Move the start one word later (leave out a clitic with the char step)</source>
        <translation>بردن آغاز یک واژه به جلو (برای کنار گذاشتن پی‌بست از گام نویسه استفاده کنید)</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>کوتاه کردن پایان به اندازه یک واژه</translation>
    </message>
    <message>
        <source>Move the end one word earlier</source>
        <translation>بردن پایان یک واژه به عقب</translation>
    </message>
    <message>
        <source>Grow end by a word</source>
        <translation>گسترش پایان به اندازه یک واژه</translation>
    </message>
    <message>
        <source>Move the end one word later</source>
        <translation>بردن پایان یک واژه به جلو</translation>
    </message>
    <message>
        <source>Grow start by a character</source>
        <translation>گسترش آغاز به اندازه یک نویسه</translation>
    </message>
    <message>
        <source>Move the start one character earlier</source>
        <translation>بردن آغاز یک نویسه به عقب</translation>
    </message>
    <message>
        <source>Shrink start by a character</source>
        <translation>کوتاه کردن آغاز به اندازه یک نویسه</translation>
    </message>
    <message>
        <source>Move the start one character later</source>
        <translation>بردن آغاز یک نویسه به جلو</translation>
    </message>
    <message>
        <source>Shrink end by a character</source>
        <translation>کوتاه کردن پایان به اندازه یک نویسه</translation>
    </message>
    <message>
        <source>Move the end one character earlier</source>
        <translation>بردن پایان یک نویسه به عقب</translation>
    </message>
    <message>
        <source>Grow end by a character</source>
        <translation>گسترش پایان به اندازه یک نویسه</translation>
    </message>
    <message>
        <source>Move the end one character later</source>
        <translation>بردن پایان یک نویسه به جلو</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>سند &amp;بعدی</translation>
    </message>
    <message>
        <source>Go to the next document</source>
        <translation>رفتن به سند بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>سند &amp;قبلی</translation>
    </message>
    <message>
        <source>Go to the previous document</source>
        <translation>رفتن به سند قبلی</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>&amp;ناتمام بعدی</translation>
    </message>
    <message>
        <source>Go to the next document still to do</source>
        <translation>رفتن به سند بعدی که هنوز انجام نشده</translation>
    </message>
    <message>
        <source>Mark &amp;done and move on</source>
        <translation>علامت &amp;انجام‌شده و ادامه</translation>
    </message>
    <message>
        <source>Mark this document done and go to the next unfinished one</source>
        <translation>این سند را انجام‌شده علامت بزن و به سند ناتمام بعدی برو</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;رد کردن</translation>
    </message>
    <message>
        <source>Mark this document skipped and move on</source>
        <translation>این سند را ردشده علامت بزن و ادامه بده</translation>
    </message>
    <message>
        <source>&amp;Flag / unflag</source>
        <translation>&amp;پرچم / برداشتن پرچم</translation>
    </message>
    <message>
        <source>Flag this document for review (again to unflag)</source>
        <translation>پرچم‌گذاری این سند برای بازبینی (دوباره برای برداشتن پرچم)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>ویرایش &amp;یادداشت</translation>
    </message>
    <message>
        <source>Write a note on this document</source>
        <translation>نوشتن یادداشت روی این سند</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>پیشنهاد &amp;بعدی</translation>
    </message>
    <message>
        <source>Focus the next open suggestion</source>
        <translation>رفتن به پیشنهاد باز بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>پیشنهاد &amp;قبلی</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>پیشنهاد باز قبلی</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Accept the focused suggestion: it becomes a span (Enter or Space)</source>
        <translation>پذیرفتن پیشنهاد کنونی: به بازه تبدیل می‌شود (Enter یا Space)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رد پیشنهاد</translation>
    </message>
    <message>
        <source>Reject the focused one</source>
        <translation>رد پیشنهاد کنونی</translation>
    </message>
    <message>
        <source>Accept all suggestions in &amp;document</source>
        <translation>پذیرفتن همه پیشنهادهای &amp;سند</translation>
    </message>
    <message>
        <source>Accept every open suggestion of this document, in one undo step</source>
        <translation>پذیرفتن همه پیشنهادهای باز این سند، در یک گام واگرد</translation>
    </message>
    <message>
        <source>From a &amp;gazetteer…</source>
        <translation>از &amp;فهرست نام‌ها…</translation>
    </message>
    <message>
        <source>Suggest the phrases of a TSV file (phrase&lt;TAB&gt;label) wherever they occur</source>
        <translation>پیشنهاد عبارت‌های یک پرونده TSV (عبارت&lt;TAB&gt;برچسب) هر جا که بیایند</translation>
    </message>
    <message>
        <source>&amp;Propagate the corpus&apos;s labels</source>
        <translation>&amp;انتشار برچسب‌های پیکره</translation>
    </message>
    <message>
        <source>Suggest what is labelled elsewhere in the corpus wherever else it occurs</source>
        <translation>پیشنهاد آنچه جایی در پیکره برچسب خورده، در هر جای دیگری که بیاید</translation>
    </message>
    <message>
        <source>&amp;Train a model on done documents…</source>
        <translation>&amp;آموزش مدل روی سندهای انجام‌شده…</translation>
    </message>
    <message>
        <source>Train a spaCy model on the done documents, in the background (needs spaCy)</source>
        <translation>آموزش یک مدل spaCy روی سندهای انجام‌شده، در پس‌زمینه (به spaCy نیاز دارد)</translation>
    </message>
    <message>
        <source>Suggest with the trained &amp;model</source>
        <translation>پیشنهاد با &amp;مدل آموزش‌دیده</translation>
    </message>
    <message>
        <source>Suggest with the model trained beside the corpus</source>
        <translation>پیشنهاد با مدلی که کنار پیکره آموزش دیده است</translation>
    </message>
    <message>
        <source>&amp;Clear suggestions</source>
        <translation>پا&amp;ک کردن پیشنهادها</translation>
    </message>
    <message>
        <source>Remove every suggestion (undoable)</source>
        <translation>حذف همه پیشنهادها (واگردپذیر)</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>داوری</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>اختلاف &amp;بعدی</translation>
    </message>
    <message>
        <source>Caret to the next disagreement (then the next document with one)</source>
        <translation>نشانگر به اختلاف بعدی (سپس سند بعدی که اختلاف دارد)</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>اختلاف &amp;قبلی</translation>
    </message>
    <message>
        <source>Caret to the previous disagreement (then the previous document with one)</source>
        <translation>نشانگر به اختلاف قبلی (سپس سند قبلی که اختلاف دارد)</translation>
    </message>
    <message>
        <source>Next &amp;undecided</source>
        <translation>&amp;تصمیم‌نگرفته بعدی</translation>
    </message>
    <message>
        <source>Caret to the next disagreement not decided yet, in any document</source>
        <translation>نشانگر به اختلاف بعدی که هنوز درباره‌اش تصمیم گرفته نشده، در هر سندی</translation>
    </message>
    <message>
        <source>Pick annotator &amp;1&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;1</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 1&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 1 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;2&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;2</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 2&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 2 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;3&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;3</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 3&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 3 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;4&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;4</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 4&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 4 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;5&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;5</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 5&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 5 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;6&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;6</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 6&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 6 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;7&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;7</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 7&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 7 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;8&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;8</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 8&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 8 را بپذیر</translation>
    </message>
    <message>
        <source>Pick annotator &amp;9&apos;s version</source>
        <translation>انتخاب نسخه برچسب‌گذار &amp;9</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 9&apos;s annotator</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های برچسب‌گذار خط 9 را بپذیر</translation>
    </message>
    <message>
        <source>Pick &amp;both (all)</source>
        <translation>انتخاب &amp;هر دو (همه)</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept every annotator&apos;s spans</source>
        <translation>در اختلاف زیر نشانگر، بازه‌های همه برچسب‌گذاران را بپذیر</translation>
    </message>
    <message>
        <source>Pick n&amp;either</source>
        <translation>انتخاب &amp;هیچ‌کدام</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept none (the decision is remembered)</source>
        <translation>در اختلاف زیر نشانگر، هیچ‌کدام را نپذیر (تصمیم به خاطر سپرده می‌شود)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;قلم…</translation>
    </message>
    <message>
        <source>Document font, size and line spacing</source>
        <translation>قلم سند، اندازه و فاصله سطرها</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;توافق…</translation>
    </message>
    <message>
        <source>How far annotators agree: their files, or the versions a merged corpus keeps</source>
        <translation>میزان توافق برچسب‌گذاران: پرونده‌هایشان یا نسخه‌هایی که پیکره ادغام‌شده نگه می‌دارد</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;آمار…</translation>
    </message>
    <message>
        <source>Progress over time, spans per label and document, each annotator&apos;s work, agreement</source>
        <translation>پیشرفت در طول زمان، بازه‌ها به ازای هر برچسب و سند، کار هر برچسب‌گذار، توافق</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;بازنشانی بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation>متن در اندازه معمول</translation>
    </message>
    <message>
        <source>Show &amp;invisible characters</source>
        <translation>نمایش نویسه‌های &amp;نامرئی</translation>
    </message>
    <message>
        <source>Bidi marks, joiners, special spaces as small symbols above the text (never inserted)</source>
        <translation>نشانه‌های جهت، اتصال‌دهنده‌ها و فاصله‌های ویژه به‌صورت نمادهای کوچک بالای متن (هرگز درج نمی‌شوند)</translation>
    </message>
    <message>
        <source>Show &amp;tatweel</source>
        <translation>نمایش &amp;کشیده</translation>
    </message>
    <message>
        <source>Mark tatweels (U+0640) too</source>
        <translation>علامت‌گذاری کشیده‌ها (U+0640) نیز</translation>
    </message>
    <message>
        <source>&amp;Compact lines</source>
        <translation>سطرهای &amp;فشرده</translation>
    </message>
    <message>
        <source>Label names on hover only</source>
        <translation>نام برچسب‌ها فقط هنگام نگه داشتن نشانگر موس</translation>
    </message>
    <message>
        <source>Paragraph direction</source>
        <translation>جهت بند</translation>
    </message>
    <message>
        <source>&amp;First strong letter</source>
        <translation>&amp;نخستین حرف قوی</translation>
    </message>
    <message>
        <source>Each paragraph reads in the direction of its first letter</source>
        <translation>هر بند در جهت نخستین حرفش خوانده می‌شود</translation>
    </message>
    <message>
        <source>&amp;Majority of letters</source>
        <translation>&amp;بیشتر حرف‌ها</translation>
    </message>
    <message>
        <source>More Arabic letters than Latin: right to left</source>
        <translation>حرف‌های عربی بیشتر از لاتین: راست به چپ</translation>
    </message>
    <message>
        <source>All &amp;right to left</source>
        <translation>همه &amp;راست به چپ</translation>
    </message>
    <message>
        <source>Every paragraph right to left</source>
        <translation>همه بندها راست به چپ</translation>
    </message>
    <message>
        <source>All &amp;left to right</source>
        <translation>همه &amp;چپ به راست</translation>
    </message>
    <message>
        <source>Every paragraph left to right</source>
        <translation>همه بندها چپ به راست</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>فهرست همه میان‌برها</translation>
    </message>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;نکته‌ها</translation>
    </message>
    <message>
        <source>Show the tips on keyboard selection again</source>
        <translation>نمایش دوباره نکته‌های انتخاب با صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About annotator</source>
        <translation>&amp;درباره annotator</translation>
    </message>
    <message>
        <source>Versions, fonts and licences</source>
        <translation>نسخه‌ها، قلم‌ها و پروانه‌ها</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>Move the caret visually (← goes left on screen)</source>
        <translation>جابه‌جایی دیداری نشانگر (← روی صفحه به چپ می‌رود)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Left / Ctrl+Right</translation>
    </message>
    <message>
        <source>Move the caret by a word (the core&apos;s tokenizer)</source>
        <translation>جابه‌جایی نشانگر به اندازه یک واژه (توکن‌ساز هسته)</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+Left / Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>گسترش انتخاب به اندازه یک نویسه</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left / Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Left / Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>گسترش انتخاب به اندازه یک واژه</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Start / end of the line</source>
        <translation>آغاز / پایان سطر</translation>
    </message>
    <message>
        <source>Double-click / drag</source>
        <translation>دوبار کلیک / کشیدن</translation>
    </message>
    <message>
        <source>Select a word / whole words (snapped to tokens)</source>
        <translation>انتخاب یک واژه / واژه‌های کامل (چسبیده به توکن‌ها)</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+کشیدن</translation>
    </message>
    <message>
        <source>Select exact characters (no snapping)</source>
        <translation>انتخاب دقیق نویسه‌ها (بدون چسبیدن)</translation>
    </message>
    <message>
        <source>Click on a span</source>
        <translation>کلیک روی بازه</translation>
    </message>
    <message>
        <source>Select the span (again: the next nested one)</source>
        <translation>انتخاب بازه (دوباره: بازه تودرتوی بعدی)</translation>
    </message>
    <message>
        <source>Enter / Delete in the Spans panel</source>
        <translation>Enter / Delete در تابلوی بازه‌ها</translation>
    </message>
    <message>
        <source>Jump to / delete that span</source>
        <translation>رفتن به آن بازه / حذف آن</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find bar</source>
        <translation>Enter / Shift+Enter در نوار یافتن</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>مورد بعدی / قبلی</translation>
    </message>
    <message>
        <source>Esc in the find bar</source>
        <translation>Esc در نوار یافتن</translation>
    </message>
    <message>
        <source>Close it; the current match stays selected for a label key</source>
        <translation>بستن آن؛ مورد کنونی برای کلید یک برچسب انتخاب‌شده می‌ماند</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Reject the focused suggestion, like Backspace (unless a label&apos;s hotkey is x)</source>
        <translation>رد پیشنهاد کنونی، مانند Backspace (مگر آنکه x کلید میان‌بر یک برچسب باشد)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;واگرد {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;ازنو {step}</translation>
    </message>
</context>
<context>
    <name>AdjudicateDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>داوری</translation>
    </message>
    <message>
        <source>Each file is one annotator (named by the file&apos;s name). Documents they share keep every annotator&apos;s version, shown as lanes under the text; the result is a new corpus you adjudicate and save like any other.</source>
        <translation>هر پرونده یک برچسب‌گذار است (به نام پرونده). سندهای مشترک نسخه هر برچسب‌گذار را نگه می‌دارند که به‌صورت خط‌هایی زیر متن نمایش داده می‌شوند؛ نتیجه پیکره‌ای تازه است که مانند هر پیکره دیگری داوری و ذخیره‌اش می‌کنید.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Keep the result in</source>
        <translation>نگه داشتن نتیجه در</translation>
    </message>
    <message>
        <source>Accept the spans every annotator agrees on</source>
        <translation>پذیرفتن بازه‌هایی که همه برچسب‌گذاران بر آن توافق دارند</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>پرونده‌های برچسب‌گذاران (دو یا بیشتر)</translation>
    </message>
    <message>
        <source>Keep the adjudicated corpus in</source>
        <translation>نگه داشتن پیکره داوری‌شده در</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>برچسب‌ها (*.jsonl)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>در حال نوشتن {name}…</translation>
    </message>
</context>
<context>
    <name>AdjudicationCommands</name>
    <message>
        <source>Adjudication</source>
        <translation>داوری</translation>
    </message>
    <message>
        <source>Pick {name}&apos;s version (lane &amp;{lane})</source>
        <translation>انتخاب نسخه {name} (خط &amp;{lane})</translation>
    </message>
    <message>
        <source>, counting {done} of {total}</source>
        <translation>، در حال شمارش {done} از {total}</translation>
    </message>
    <message>
        <source>{left} of {items} disagreements left{counting}</source>
        <translation>{left} از {items} اختلاف مانده{counting}</translation>
    </message>
    <message>
        <source>Adjudication: {line}</source>
        <translation>داوری: {line}</translation>
    </message>
    <message>
        <source>This document: {left} of {count} left.</source>
        <translation>این سند: {left} از {count} مانده.</translation>
    </message>
    <message>
        <source>Corpus: {line}. {here}</source>
        <translation>پیکره: {line}. {here}</translation>
    </message>
    <message>
        <source>This document keeps no versions: {keys} go to the next / previous with one.</source>
        <translation>این سند نسخه‌ای نگه نمی‌دارد: {keys} به سند بعدی / قبلی دارای نسخه می‌روند.</translation>
    </message>
    <message>
        <source>The annotators agree everywhere in this document.</source>
        <translation>برچسب‌گذاران در همه جای این سند توافق دارند.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {keys} go to the next / previous one.</source>
        <translation>زیر نشانگر اختلافی نیست: {keys} به اختلاف بعدی / قبلی می‌روند.</translation>
    </message>
    <message>
        <source>This corpus keeps no annotators&apos; versions: File &gt; Adjudicate… makes one.</source>
        <translation>این پیکره نسخه برچسب‌گذاران را نگه نمی‌دارد: پرونده &gt; داوری… یکی می‌سازد.</translation>
    </message>
    <message>
        <source>No disagreement after.</source>
        <translation>پس از این اختلافی نیست.</translation>
    </message>
    <message>
        <source>No disagreement before.</source>
        <translation>پیش از این اختلافی نیست.</translation>
    </message>
    <message>
        <source>Every disagreement is decided.</source>
        <translation>درباره همه اختلاف‌ها تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {key} goes to the next one.</source>
        <translation>زیر نشانگر اختلافی نیست: {key} به اختلاف بعدی می‌رود.</translation>
    </message>
    <message>
        <source>This disagreement has {count} annotators.</source>
        <translation>این اختلاف {count} برچسب‌گذار دارد.</translation>
    </message>
    <message>
        <source>{documents} documents, {shared} with several versions, {disagreements} disagreements to decide, {accepted} spans accepted.</source>
        <translation>{documents} سند، {shared} با چند نسخه، {disagreements} اختلاف برای تصمیم، {accepted} بازه پذیرفته‌شده.</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>both</source>
        <translation>هر دو</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>Under the caret</source>
        <translation>زیر نشانگر</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation>(اینجا چیزی نیست)</translation>
    </message>
    <message>
        <source>Disagreement {n} of {count}: {kind} · {decision}</source>
        <translation>اختلاف {n} از {count}: {kind} · {decision}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>پرونده‌های برچسب‌گذاران (دو یا بیشتر)</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>هیچ پرونده‌ای باز نیست</translation>
    </message>
    <message>
        <source>Versions kept in the open corpus ({name})</source>
        <translation>نسخه‌های نگه‌داشته‌شده در پیکره باز ({name})</translation>
    </message>
    <message>
        <source>Token measures: Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha</source>
        <translation>سنجه‌های توکنی: کاپای کوهن و فلایس، آلفای کریپندورف</translation>
    </message>
    <message>
        <source>Most of the time on large files; the span figures need no tokens</source>
        <translation>بیشترِ زمان در پرونده‌های بزرگ؛ ارقام بازه‌ها به توکن نیاز ندارند</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>%v / %m documents</source>
        <translation>%v / %m سند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>در حال خواندن {count} پرونده…</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>پرونده‌ها خوانده نشدند</translation>
    </message>
    <message>
        <source>The open file is read as last saved: save (Ctrl+S) to count your latest edits.</source>
        <translation>پرونده باز همان‌طور که آخرین بار ذخیره شده خوانده می‌شود: برای شمردن آخرین ویرایش‌ها ذخیره کنید (Ctrl+S).</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>{count} سند خوانده نشد: {first}</translation>
    </message>
    <message>
        <source>No document of the open corpus keeps two or more versions.</source>
        <translation>هیچ سندی از پیکره باز دو نسخه یا بیشتر نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>Counted over the documents that keep versions: a merge keeps none for a document everyone labelled alike, so these are the disputed ones.</source>
        <translation>روی سندهایی شمرده شده که نسخه نگه می‌دارند: ادغام برای سندی که همه یکسان برچسب زده‌اند نسخه‌ای نگه نمی‌دارد، پس این‌ها سندهای مورد اختلاف‌اند.</translation>
    </message>
    <message>
        <source>Agreement could not be computed</source>
        <translation>توافق محاسبه نشد</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>n A</source>
        <translation>تعداد A</translation>
    </message>
    <message>
        <source>n B</source>
        <translation>تعداد B</translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation>تطابق دقیق</translation>
    </message>
    <message>
        <source>Matched overlap</source>
        <translation>تطابق با هم‌پوشانی</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 دقیق</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 هم‌پوشانی</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>A&apos;s label</source>
        <translation>برچسب A</translation>
    </message>
    <message>
        <source>A&apos;s range</source>
        <translation>بازه A</translation>
    </message>
    <message>
        <source>A&apos;s text</source>
        <translation>متن A</translation>
    </message>
    <message>
        <source>B&apos;s label</source>
        <translation>برچسب B</translation>
    </message>
    <message>
        <source>B&apos;s range</source>
        <translation>بازه B</translation>
    </message>
    <message>
        <source>B&apos;s text</source>
        <translation>متن B</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>فقط A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>فقط B</translation>
    </message>
    <message>
        <source>label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>مرز</translation>
    </message>
    <message>
        <source>label and boundary</source>
        <translation>برچسب و مرز</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Enter or double-click: show it in the window</source>
        <translation>Enter یا دوبار کلیک: نمایش آن در پنجره</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>به ازای برچسب</translation>
    </message>
    <message>
        <source>Label confusion</source>
        <translation>درهم‌ریختگی برچسب‌ها</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>اختلاف‌ها</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>جفت:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>{count} document(s) that two or more of {names} have</source>
        <translation>{count} سند که دو یا چند نفر از {names} دارند</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha over tokens: {alpha}</source>
        <translation>آلفای کریپندورف روی توکن‌ها: {alpha}</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over tokens: {kappa}</source>
        <translation>کاپای فلایس روی توکن‌ها: {kappa}</translation>
    </message>
    <message>
        <source>{a} (A) and {b} (B)</source>
        <translation>{a} (A) و {b} (B)</translation>
    </message>
    <message>
        <source>{documents} document(s) both have · F1 exact {exact}, overlap {overlap} · token kappa {kappa} over {tokens} tokens</source>
        <translation>{documents} سند که هر دو دارند · F1 دقیق {exact}، هم‌پوشانی {overlap} · کاپای توکنی {kappa} روی {tokens} توکن</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <source>Rows: {a}&apos;s label (A); columns: {b}&apos;s label (B). How often A&apos;s span met B&apos;s on the same or an overlapping range; {none}: a span the other annotator does not have.</source>
        <translation>سطرها: برچسب {a} (A)؛ ستون‌ها: برچسب {b} (B). چند بار بازه A با بازه B روی همان بازه یا بازه‌ای هم‌پوشان برخورد کرد؛ {none}: بازه‌ای که برچسب‌گذار دیگر ندارد.</translation>
    </message>
    <message>
        <source>Disagreements ({total})</source>
        <translation>اختلاف‌ها ({total})</translation>
    </message>
    <message>
        <source>Disagreements (first {count} of {total})</source>
        <translation>اختلاف‌ها ({count} نخست از {total})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{todo}

Details are in {log}.</source>
        <translation>{todo}

جزئیات در {log} است.</translation>
    </message>
    <message>
        <source>Could not open {path}.
{what}
{todo}</source>
        <translation>{path} باز نشد.
{what}
{todo}</translation>
    </message>
    <message>
        <source>Could not open the sample corpus</source>
        <translation>پیکره نمونه باز نشد</translation>
    </message>
</context>
<context>
    <name>ConversionProgress</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Your edits are safe in the journal beside the file and will be restored when you reopen it.</source>
        <translation>ویرایش‌های شما در دفترچه کنار پرونده امن‌اند و هنگام بازگشایی دوباره بازیابی می‌شوند.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk. Remove what the message names, then open the file again.</source>
        <translation>چیزی روی دیسک تغییر نکرد. آنچه پیام نام می‌برد را بردارید و پرونده را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Close the other annotator window using this file, then open it again.</source>
        <translation>پنجره دیگر annotator را که از این پرونده استفاده می‌کند ببندید و دوباره بازش کنید.</translation>
    </message>
    <message>
        <source>Nothing was changed. To annotate this file, make it writable or copy it to a folder you can write to, then open it again.</source>
        <translation>چیزی تغییر نکرد. برای برچسب‌گذاری این پرونده آن را نوشتنی کنید یا در پوشه‌ای نوشتنی رونوشت کنید و دوباره بازش کنید.</translation>
    </message>
    <message>
        <source>Another program changed the file. Save under a new name (or copy the file away) and compare; </source>
        <translation>برنامه دیگری پرونده را تغییر داده است. با نامی تازه ذخیره کنید (یا پرونده را جای دیگری رونوشت کنید) و مقایسه کنید؛ </translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions, then save again (Ctrl+S). </source>
        <translation>کمی فضای دیسک آزاد کنید یا مجوزهای پوشه را بررسی کنید و دوباره ذخیره کنید (Ctrl+S). </translation>
    </message>
    <message>
        <source>The file could not be read:
</source>
        <translation>پرونده خوانده نشد:
</translation>
    </message>
    <message>
        <source>Fix the lines named above (or pick the right encoding), then open it again. Nothing was changed on disk.</source>
        <translation>سطرهای نام‌برده را درست کنید (یا رمزگذاری درست را برگزینید) و دوباره باز کنید. چیزی روی دیسک تغییر نکرد.</translation>
    </message>
    <message>
        <source>The label schema is invalid:
</source>
        <translation>طرح برچسب‌ها نامعتبر است:
</translation>
    </message>
    <message>
        <source>Fix the .labels.toml file beside the corpus.</source>
        <translation>پرونده labels.toml کنار پیکره را درست کنید.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>چیزی روی دیسک تغییر نکرد.</translation>
    </message>
    <message>
        <source>The disk is full. </source>
        <translation>دیسک پر است. </translation>
    </message>
    <message>
        <source>Free some disk space, then save again (Ctrl+S). </source>
        <translation>کمی فضای دیسک آزاد کنید و دوباره ذخیره کنید (Ctrl+S). </translation>
    </message>
    <message>
        <source>Permission denied. </source>
        <translation>اجازه داده نشد. </translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or choose another folder.</source>
        <translation>مجوزهای پرونده را بررسی کنید یا پوشه دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The file does not exist. </source>
        <translation>پرونده وجود ندارد. </translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>مسیر را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Check the file and the disk, then try again.</source>
        <translation>پرونده و دیسک را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>An unexpected error happened: {kind}: {error}</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد: {kind}: {error}</translation>
    </message>
    <message>
        <source>Your edits are journalled as you make them. Please report this with the log file; saving (Ctrl+S) and reopening is safe.</source>
        <translation>ویرایش‌ها همان لحظه در دفترچه ثبت می‌شوند. لطفاً این را همراه پرونده گزارش اعلام کنید؛ ذخیره (Ctrl+S) و بازگشایی بی‌خطر است.</translation>
    </message>
    <message>
        <source>No formats</source>
        <translation>قالبی نیست</translation>
    </message>
    <message>
        <source>No format is available for this yet.</source>
        <translation>هنوز قالبی برای این کار در دسترس نیست.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>صادر کردن به</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>وارد کردن از</translation>
    </message>
    <message>
        <source>{verb} which format?</source>
        <translation>{verb} کدام قالب؟</translation>
    </message>
    <message>
        <source>Import {format} folder</source>
        <translation>وارد کردن پوشه {format}</translation>
    </message>
    <message>
        <source>Import {format}</source>
        <translation>وارد کردن {format}</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Export {format} into folder</source>
        <translation>صادر کردن {format} در پوشه</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>صادر کردن {format}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>{count} while reading</source>
        <translation>{count} هنگام خواندن</translation>
    </message>
    <message>
        <source>{count} while writing</source>
        <translation>{count} هنگام نوشتن</translation>
    </message>
    <message>
        <source>

{count} warning(s): {where}. Show Details lists them.</source>
        <translation>

{count} هشدار: {where}. «نمایش جزئیات» فهرستشان می‌کند.</translation>
    </message>
    <message>
        <source> The first {count} are listed; {hidden} more are not.</source>
        <translation> {count} مورد نخست فهرست شده‌اند؛ {hidden} مورد دیگر نه.</translation>
    </message>
    <message>
        <source>... and {hidden} more warning(s)</source>
        <translation>... و {hidden} هشدار دیگر</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Every document is finished.</source>
        <translation>همه سندها تمام شده‌اند.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>%v / %m done</source>
        <translation>%v از %m انجام‌شده</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <source>Documents containing…</source>
        <translation>سندهای شامل…</translation>
    </message>
    <message>
        <source>Reading %v / %m</source>
        <translation>در حال خواندن %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>The file changed on disk</source>
        <translation>پرونده روی دیسک تغییر کرده است</translation>
    </message>
    <message>
        <source>{error}

Overwrite it with your version? (No keeps both: your edits stay in the journal; copy the file away and save again.)</source>
        <translation>{error}

نسخه خودتان را روی آن بنویسید؟ («نه» هر دو را نگه می‌دارد: ویرایش‌ها در دفترچه می‌مانند؛ پرونده را جای دیگری رونوشت کنید و دوباره ذخیره کنید.)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
    <message>
        <source>Could not close the file</source>
        <translation>پرونده بسته نشد</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>پرونده باز نشد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Annotations or text (*.jsonl *.txt);;All files (*)</source>
        <translation>برچسب‌ها یا متن (*.jsonl *.txt);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Open a folder of .txt files</source>
        <translation>باز کردن پوشه‌ای از پرونده‌های txt</translation>
    </message>
    <message>
        <source>Keep the imported annotations in</source>
        <translation>نگه داشتن برچسب‌های واردشده در</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>برچسب‌ها (*.jsonl)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>در حال خواندن {name}…</translation>
    </message>
    <message>
        <source>Could not import {name}</source>
        <translation>{name} وارد نشد</translation>
    </message>
    <message>
        <source>Imported {documents} document(s) and {spans} span(s) from {name} into {target}.</source>
        <translation>{documents} سند و {spans} بازه از {name} به {target} وارد شد.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>وارد کردن تمام شد</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>در حال نوشتن {name}…</translation>
    </message>
    <message>
        <source>Could not export to {name}</source>
        <translation>صادر کردن به {name} ممکن نشد</translation>
    </message>
    <message>
        <source>Wrote {documents} document(s) and {spans} span(s) to {target}.</source>
        <translation>{documents} سند و {spans} بازه در {target} نوشته شد.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>صادر کردن تمام شد</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Add files…</source>
        <translation>افزودن پرونده‌ها…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Annotators&apos; files</source>
        <translation>پرونده‌های برچسب‌گذاران</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl);;All files (*)</source>
        <translation>برچسب‌ها (*.jsonl);;همه پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>یافتن در این سند</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقیق</translation>
    </message>
    <message>
        <source>Match the stored characters exactly</source>
        <translation>تطابق دقیق با نویسه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>واژه کامل</translation>
    </message>
    <message>
        <source>Start and end on word edges (the tokenizer&apos;s)</source>
        <translation>آغاز و پایان روی مرز واژه‌ها (مرزهای توکن‌ساز)</translation>
    </message>
    <message>
        <source>Clitics</source>
        <translation>پی‌بست‌ها</translation>
    </message>
    <message>
        <source>Whole word, also after و ف ب ك ل ال inside the word (the match is the word)</source>
        <translation>واژه کامل، و نیز پس از و ف ب ك ل ال درون واژه (مورد یافت‌شده خودِ واژه است)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة = ه</translation>
    </message>
    <message>
        <source>Taa marbuta and heh match each other</source>
        <translation>تای گرد (ة) و ه یکی شمرده می‌شوند</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>عبارت باقاعده</translation>
    </message>
    <message>
        <source>A regular expression (on the folded text)</source>
        <translation>یک عبارت باقاعده (روی متن یکسان‌سازی‌شده)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>مورد قبلی (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>مورد بعدی (Enter، F3)</translation>
    </message>
    <message>
        <source>In all documents</source>
        <translation>در همه سندها</translation>
    </message>
    <message>
        <source>List the matches in every document (Ctrl+Alt+F)</source>
        <translation>فهرست موارد در همه سندها (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>موردی نیست</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} مورد</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} از {total}</translation>
    </message>
</context>
<context>
    <name>FontDialog</name>
    <message>
        <source>Document font</source>
        <translation>قلم سند</translation>
    </message>
    <message>
        <source>Automatic (by the document&apos;s script)</source>
        <translation>خودکار (بر پایه خط سند)</translation>
    </message>
    <message>
        <source>The view&apos;s own</source>
        <translation>از خود نما</translation>
    </message>
    <message>
        <source>This document view sets its own line spacing (room for harakat and labels).</source>
        <translation>این نمای سند فاصله سطرها را خودش تعیین می‌کند (جا برای اعراب و برچسب‌ها).</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>&amp;فاصله سطرها</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Arabic script, sans serif (Arabic, Persian)</source>
        <translation>خط عربی، بی‌گیره (عربی، فارسی)</translation>
    </message>
    <message>
        <source>Arabic script, Naskh (Urdu, for want of a Nastaliq face)</source>
        <translation>خط عربی، نسخ (اردو، در نبود قلم نستعلیق)</translation>
    </message>
    <message>
        <source>Arabic script, Kufi (headings, a choice)</source>
        <translation>خط عربی، کوفی (سرعنوان‌ها، اختیاری)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>عبری</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>(no description yet: Edit &gt; Label schema… adds one)</source>
        <translation>(هنوز توضیحی نیست: ویرایش &gt; طرح برچسب‌ها… یکی می‌افزاید)</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <source>Label all occurrences</source>
        <translation>برچسب‌گذاری همه موارد</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقیق</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>واژه کامل</translation>
    </message>
    <message>
        <source>Clitics (و ف ب ك ل ال)</source>
        <translation>پی‌بست‌ها (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة = ه</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>عبارت باقاعده</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>این سند</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>همه سندها</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>تطابق:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>محدوده:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب‌گذاری</translation>
    </message>
    <message>
        <source>Looking in {done} of {total} documents: {found} found so far…</source>
        <translation>در حال جستجو در {done} از {total} سند: تاکنون {found} مورد یافت شده…</translation>
    </message>
    <message>
        <source>Found {found}: {to_add} to label in {documents} document(s).</source>
        <translation>{found} مورد یافت شد: {to_add} مورد برای برچسب‌گذاری در {documents} سند.</translation>
    </message>
    <message>
        <source>{n} already labelled (skipped).</source>
        <translation>{n} مورد از پیش برچسب دارد (رد شد).</translation>
    </message>
    <message>
        <source>{n} overlap another span (skipped).</source>
        <translation>{n} مورد با بازه دیگری هم‌پوشانی دارد (رد شد).</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Filter labels — Enter labels the selection</source>
        <translation>صافی برچسب‌ها — Enter انتخاب را برچسب می‌زند</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;زبان رابط</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>زبان رابط</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>به خاطر سپرده نشد: {error}</translation>
    </message>
    <message>
        <source>The interface will be in {language} when annotator next starts.</source>
        <translation>رابط در اجرای بعدی annotator به {language} خواهد بود.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Labels</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>بازه‌ها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>سندها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>باز کردن &amp;اخیر</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>باز کردن &amp;پوشه…</translation>
    </message>
    <message>
        <source>Read-only: nothing can be edited or saved.</source>
        <translation>فقط‌خواندنی: چیزی را نمی‌توان ویرایش یا ذخیره کرد.</translation>
    </message>
    <message>
        <source>Restored {count} edit(s) that were made after the last save (the program had stopped without saving). They are saved with your next save.</source>
        <translation>{count} ویرایش انجام‌شده پس از آخرین ذخیره بازیابی شد (برنامه بدون ذخیره متوقف شده بود). با ذخیره بعدی شما ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>تداخل میان‌بر: {conflict}.</translation>
    </message>
    <message>
        <source>Document {number} cannot be read</source>
        <translation>سند {number} خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>Could not record the edit</source>
        <translation>ثبت ویرایش ممکن نشد</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>واگرد ممکن نشد</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>ازنو ممکن نشد</translation>
    </message>
    <message>
        <source>The window could not update</source>
        <translation>به‌روزرسانی پنجره ممکن نشد</translation>
    </message>
</context>
<context>
    <name>ModelTraining</name>
    <message>
        <source>No done documents to learn from: mark some done first (Ctrl+Enter).</source>
        <translation>سند انجام‌شده‌ای برای یادگیری نیست: نخست چند سند را انجام‌شده علامت بزنید (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Training a model on {count} done document(s)…</source>
        <translation>در حال آموزش مدل روی {count} سند انجام‌شده…</translation>
    </message>
    <message>
        <source>Training %v/%m</source>
        <translation>آموزش %v/%m</translation>
    </message>
    <message>
        <source>Model trained on {documents} document(s) ({spans} spans) in {seconds} s, saved in {path}: Suggestions &gt; Suggest with the trained model uses it.</source>
        <translation>مدل روی {documents} سند ({spans} بازه) در {seconds} ثانیه آموزش دید و در {path} ذخیره شد: پیشنهادها &gt; پیشنهاد با مدل آموزش‌دیده از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Training stopped: {why}</source>
        <translation>آموزش متوقف شد: {why}</translation>
    </message>
    <message>
        <source>The training process ended without a model.</source>
        <translation>فرایند آموزش بدون مدل پایان یافت.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name is recorded on every document you change (who and when) and on every span you make, so a project lead can merge the team&apos;s files and measure agreement. It stays in this computer&apos;s settings; Edit &gt; Annotator name… changes it. Skip to record no name.</source>
        <translation>نام شما روی هر سندی که تغییر می‌دهید (چه کسی و کی) و هر بازه‌ای که می‌سازید ثبت می‌شود تا سرپرست پروژه بتواند پرونده‌های گروه را ادغام کند و توافق را بسنجد. در تنظیمات همین رایانه می‌ماند؛ ویرایش &gt; نام برچسب‌گذار… تغییرش می‌دهد. برای ثبت نکردن نام «رد کردن» را بزنید.</translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation>چه کسی برچسب می‌زند؟</translation>
    </message>
    <message>
        <source>Your name, e.g. sara</source>
        <translation>نام شما، مثلاً sara</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Record no name: your edits carry no author</source>
        <translation>نامی ثبت نشود: ویرایش‌ها نویسنده ندارند</translation>
    </message>
    <message>
        <source>Keep the name as it is</source>
        <translation>نام همان‌طور بماند</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note on this document (saved as you type)</source>
        <translation>یادداشت روی این سند (هنگام تایپ ذخیره می‌شود)</translation>
    </message>
</context>
<context>
    <name>ReadingComfort</name>
    <message>
        <source>Guidelines</source>
        <translation>رهنمودها</translation>
    </message>
    <message>
        <source>Renaming spans in every document…</source>
        <translation>در حال تغییر نام بازه‌ها در همه سندها…</translation>
    </message>
    <message>
        <source>The label schema was not changed</source>
        <translation>طرح برچسب‌ها تغییر نکرد</translation>
    </message>
    <message>
        <source>Cancelled: the label schema is unchanged.</source>
        <translation>لغو شد: طرح برچسب‌ها تغییری نکرد.</translation>
    </message>
    <message>
        <source>Label schema saved; {count} span(s) renamed.</source>
        <translation>طرح برچسب‌ها ذخیره شد؛ نام {count} بازه تغییر کرد.</translation>
    </message>
    <message>
        <source>Label schema saved.</source>
        <translation>طرح برچسب‌ها ذخیره شد.</translation>
    </message>
    <message>
        <source>The shortcuts could not be saved</source>
        <translation>میان‌برها ذخیره نشدند</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>به خاطر سپرده نشد: {error}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>2nd key</source>
        <translation>کلید دوم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>طرح برچسب‌ها</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>Renaming a label renames its spans in every document (one undo step). Labels are never removed. Hotkeys: 1–9 or a–z.</source>
        <translation>تغییر نام یک برچسب نام بازه‌هایش را در همه سندها تغییر می‌دهد (یک گام واگرد). برچسب‌ها هرگز حذف نمی‌شوند. کلیدهای میان‌بر: 1–9 یا a–z.</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>رنگ برچسب</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>تداخل میان‌بر: {conflict}.</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
    </message>
    <message>
        <source>No matches for “{query}” in this document.</source>
        <translation>موردی برای «{query}» در این سند نیست.</translation>
    </message>
    <message>
        <source>Match {current} of {total}: “{query}”</source>
        <translation>مورد {current} از {total}: «{query}»</translation>
    </message>
    <message>
        <source>went round the document&apos;s end</source>
        <translation>از سر دیگر سند ادامه یافت</translation>
    </message>
    <message>
        <source>Type what to find, then Ctrl+Alt+F again.</source>
        <translation>آنچه را می‌جویید بنویسید، سپس دوباره Ctrl+Alt+F.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be labelled.</source>
        <translation>فقط‌خواندنی: چیزی را نمی‌توان برچسب زد.</translation>
    </message>
    <message>
        <source>Select a word or type it in the find bar (Ctrl+F) first.</source>
        <translation>نخست واژه‌ای را انتخاب کنید یا آن را در نوار یافتن (Ctrl+F) بنویسید.</translation>
    </message>
    <message>
        <source>Labelled {n} occurrences as {label} in {documents} document(s).</source>
        <translation>{n} مورد در {documents} سند با {label} برچسب خورد.</translation>
    </message>
    <message>
        <source>Skipped {n} (already labelled or overlapping).</source>
        <translation>{n} مورد رد شد (از پیش برچسب داشت یا هم‌پوشان بود).</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z آن را واگرد می‌کند.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>زمینه</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>موقعیت‌ها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} documents: {found} matches so far.</source>
        <translation>پس از {done} از {total} سند متوقف شد: تاکنون {found} مورد.</translation>
    </message>
    <message>
        <source>Searching “{query}”: {done} of {total} documents, {found} matches…</source>
        <translation>در حال جستجوی «{query}»: {done} از {total} سند، {found} مورد…</translation>
    </message>
    <message>
        <source>“{query}”: {found} matches in {documents} of {total} documents.</source>
        <translation>«{query}»: {found} مورد در {documents} از {total} سند.</translation>
    </message>
    <message>
        <source>The first {kept} are listed.</source>
        <translation>{kept} مورد نخست فهرست شده‌اند.</translation>
    </message>
    <message>
        <source>{n} documents could not be read.</source>
        <translation>{n} سند خوانده نشد.</translation>
    </message>
    <message>
        <source>The search stopped: {problem}</source>
        <translation>جستجو متوقف شد: {problem}</translation>
    </message>
    <message>
        <source>The search stopped</source>
        <translation>جستجو متوقف شد</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <source>Customise shortcuts</source>
        <translation>سفارشی‌سازی میان‌برها</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;بازگشت به پیش‌فرض</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>بازنشانی &amp;همه</translation>
    </message>
    <message>
        <source>Double-click a Keys cell to change it; separate keys by &apos;, &apos;.</source>
        <translation>برای تغییر، روی خانه کلیدها دوبار کلیک کنید؛ کلیدها را با &apos;, &apos; جدا کنید.</translation>
    </message>
    <message>
        <source>{key} is not a key Qt understands.</source>
        <translation>{key} کلیدی نیست که Qt بفهمد.</translation>
    </message>
    <message>
        <source>Conflict: {conflict}.</source>
        <translation>تداخل: {conflict}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>برچسب زدن با {label}</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>فرمان</translation>
    </message>
</context>
<context>
    <name>SpanCommands</name>
    <message>
        <source>Nothing to label: the selection holds only spaces and punctuation (Span &gt; Exact selection labels characters as selected).</source>
        <translation>چیزی برای برچسب زدن نیست: انتخاب فقط فاصله و نشانه سجاوندی دارد (بازه &gt; انتخاب دقیق نویسه‌ها را همان‌گونه که انتخاب شده‌اند برچسب می‌زند).</translation>
    </message>
    <message>
        <source>Select some text first (Shift+arrows or the mouse).</source>
        <translation>نخست متنی را انتخاب کنید (Shift+پیکان‌ها یا موس).</translation>
    </message>
    <message>
        <source>Exact selection: labels take the characters as selected.</source>
        <translation>انتخاب دقیق: برچسب‌ها نویسه‌ها را همان‌گونه که انتخاب شده‌اند می‌گیرند.</translation>
    </message>
    <message>
        <source>Labels take whole words, without edge spaces or punctuation.</source>
        <translation>برچسب‌ها واژه‌های کامل را می‌گیرند، بی فاصله یا نشانه سجاوندی در لبه‌ها.</translation>
    </message>
    <message>
        <source>No span selected (Tab selects the next one).</source>
        <translation>هیچ بازه‌ای انتخاب نشده (Tab بعدی را انتخاب می‌کند).</translation>
    </message>
</context>
<context>
    <name>SpansPanel</name>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>طرح SVG (*.svg)</translation>
    </message>
    <message>
        <source>{documents} documents ({statuses}), {spans} spans</source>
        <translation>{documents} سند ({statuses})، {spans} بازه</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Spans per label: {top}</source>
        <translation>بازه‌ها به ازای برچسب: {top}</translation>
    </message>
    <message>
        <source>{pace} documents per active hour</source>
        <translation>{pace} سند در هر ساعت کار</translation>
    </message>
    <message>
        <source>no recorded times</source>
        <translation>زمانی ثبت نشده</translation>
    </message>
    <message>
        <source>Annotator {name}: last changed {documents} documents, made {spans} spans, {pace}</source>
        <translation>برچسب‌گذار {name}: آخرین تغییردهنده {documents} سند، سازنده {spans} بازه، {pace}</translation>
    </message>
    <message>
        <source>{count} document(s) keep several annotators&apos; versions</source>
        <translation>{count} سند نسخه‌های چند برچسب‌گذار را نگه می‌دارد</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>آمار</translation>
    </message>
    <message>
        <source>Reading %v / %m documents</source>
        <translation>در حال خواندن %v / %m سند</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>شمارش دوباره</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <source>Cancelled: nothing counted. Count again to see the figures.</source>
        <translation>لغو شد: چیزی شمرده نشد. برای دیدن ارقام دوباره بشمارید.</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>{count} سند خوانده نشد: {first}</translation>
    </message>
    <message>
        <source>{name}: {count} documents</source>
        <translation>{name}: {count} سند</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>در حال رسم…</translation>
    </message>
    <message>
        <source>The statistics could not be counted</source>
        <translation>آمار شمرده نشد</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>ذخیره آمار</translation>
    </message>
    <message>
        <source>The statistics could not be saved</source>
        <translation>آمار ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Annotator: {name}</source>
        <translation>برچسب‌گذار: {name}</translation>
    </message>
    <message>
        <source>No annotator name</source>
        <translation>بدون نام برچسب‌گذار</translation>
    </message>
    <message>
        <source>Recorded on the documents and spans you change (Edit &gt; Annotator name…)</source>
        <translation>روی سندها و بازه‌هایی که تغییر می‌دهید ثبت می‌شود (ویرایش &gt; نام برچسب‌گذار…)</translation>
    </message>
    <message>
        <source>Your edits carry no author: Edit &gt; Annotator name… sets one</source>
        <translation>ویرایش‌های شما نویسنده ندارند: ویرایش &gt; نام برچسب‌گذار… یکی تعیین می‌کند</translation>
    </message>
    <message>
        <source>Document {number} of {count} · {status}</source>
        <translation>سند {number} از {count} · {status}</translation>
    </message>
    <message>
        <source>Caret {caret}</source>
        <translation>نشانگر {caret}</translation>
    </message>
    <message>
        <source>Selection [{start}, {end})</source>
        <translation>انتخاب [{start}, {end})</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>بدون انتخاب</translation>
    </message>
    <message>
        <source>Paragraph RTL</source>
        <translation>بند راست به چپ</translation>
    </message>
    <message>
        <source>Paragraph LTR</source>
        <translation>بند چپ به راست</translation>
    </message>
    <message>
        <source>Suggestions left: {count}</source>
        <translation>پیشنهادهای باقی‌مانده: {count}</translation>
    </message>
    <message>
        <source>Invisible characters and tatweels</source>
        <translation>نویسه‌های نامرئی و کشیده‌ها</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>نویسه‌های نامرئی</translation>
    </message>
    <message>
        <source>Directions: {mode}</source>
        <translation>جهت‌ها: {mode}</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>○ todo</source>
        <translation>○ برای انجام</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ انجام‌شده</translation>
    </message>
    <message>
        <source>↷ skipped</source>
        <translation>↷ ردشده</translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation>⚑ پرچم‌دار</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>برای انجام</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>پرچم‌دار</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>نامعتبر</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>No suggestions left in this document.</source>
        <translation>پیشنهادی در این سند نمانده است.</translation>
    </message>
    <message>
        <source>No suggestion is focused: Tab or F8 goes to the next one.</source>
        <translation>هیچ پیشنهادی در دست نیست: Tab یا F8 به بعدی می‌رود.</translation>
    </message>
    <message>
        <source>No suggestions to accept in this document.</source>
        <translation>پیشنهادی برای پذیرفتن در این سند نیست.</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s); {skipped} left (they overlap spans).</source>
        <translation>{accepted} پیشنهاد پذیرفته شد؛ {skipped} مورد ماند (با بازه‌ها هم‌پوشانی دارند).</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s).</source>
        <translation>{accepted} پیشنهاد پذیرفته شد.</translation>
    </message>
</context>
<context>
    <name>SuggestionSources</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Read-only: suggestions cannot be added to this corpus.</source>
        <translation>فقط‌خواندنی: نمی‌توان به این پیکره پیشنهاد افزود.</translation>
    </message>
    <message>
        <source>Suggestions are being made: wait for them, or Cancel.</source>
        <translation>پیشنهادها در حال ساخته شدن‌اند: صبر کنید یا «لغو» را بزنید.</translation>
    </message>
    <message>
        <source>Suggest from a gazetteer (phrase&lt;TAB&gt;label)</source>
        <translation>پیشنهاد از فهرست نام‌ها (عبارت&lt;TAB&gt;برچسب)</translation>
    </message>
    <message>
        <source>Gazetteers (*.tsv *.txt);;All files (*)</source>
        <translation>فهرست‌های نام (*.tsv *.txt);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The gazetteer cannot be read</source>
        <translation>فهرست نام‌ها خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>{count} line(s) of the gazetteer were skipped; the first: {problem}</source>
        <translation>{count} سطر از فهرست نام‌ها رد شد؛ نخستین: {problem}</translation>
    </message>
    <message>
        <source>the gazetteer</source>
        <translation>فهرست نام‌ها</translation>
    </message>
    <message>
        <source>the corpus&apos;s labels</source>
        <translation>برچسب‌های پیکره</translation>
    </message>
    <message>
        <source>No model beside the corpus yet: Suggestions &gt; Train a model first.</source>
        <translation>هنوز مدلی کنار پیکره نیست: نخست پیشنهادها &gt; آموزش مدل.</translation>
    </message>
    <message>
        <source>The model cannot be loaded</source>
        <translation>مدل بارگذاری نمی‌شود</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Suggestions %p%</source>
        <translation>پیشنهادها %p%</translation>
    </message>
    <message>
        <source>Suggestions could not be made</source>
        <translation>پیشنهادها ساخته نشدند</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>پاک کردن پیشنهادها</translation>
    </message>
    <message>
        <source>Suggestions from {source}</source>
        <translation>پیشنهادها از {source}</translation>
    </message>
    <message>
        <source>Removed {count} suggestion(s) from {documents} document(s)</source>
        <translation>{count} پیشنهاد از {documents} سند حذف شد</translation>
    </message>
    <message>
        <source>No new suggestions from {source}.</source>
        <translation>پیشنهاد تازه‌ای از {source} نیامد.</translation>
    </message>
    <message>
        <source>Suggestions from {source}: {count} in {documents} document(s)</source>
        <translation>پیشنهادها از {source}: {count} در {documents} سند</translation>
    </message>
    <message>
        <source>Cancelled: no suggestion was changed.</source>
        <translation>لغو شد: هیچ پیشنهادی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>اینجا</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>پیکره</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>بازه‌ها</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The name could not be kept</source>
        <translation>نام نگه داشته نشد</translation>
    </message>
    <message>
        <source>Document {document} is not in the open file: open its file to see it.</source>
        <translation>سند {document} در پرونده باز نیست: برای دیدنش پرونده آن را باز کنید.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <source>Selecting from the keyboard: Ctrl+Shift+← / → extends the selection by a word, Shift+← / → by a character. A label&apos;s hotkey (on its button) labels the selection; Ctrl+L finds a label by name.</source>
        <translation>انتخاب با صفحه‌کلید: Ctrl+Shift+← / → انتخاب را یک واژه و Shift+← / → یک نویسه گسترش می‌دهد. کلید میان‌بر برچسب (روی دکمه‌اش) انتخاب را برچسب می‌زند؛ Ctrl+L برچسب را با نامش پیدا می‌کند.</translation>
    </message>
    <message>
        <source>Alt+PgDown leaves a clitic out: بالمغرب becomes المغرب. Tab / Shift+Tab: next / previous span. Ctrl+Return: done, on to the next document. F1 lists every key.</source>
        <translation>Alt+PgDown پی‌بست را کنار می‌گذارد: بالمغرب می‌شود المغرب. Tab / Shift+Tab: بازه بعدی / قبلی. Ctrl+Return: انجام شد، به سند بعدی. F1 همه کلیدها را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>فهمیدم</translation>
    </message>
    <message>
        <source>Hide these tips (Help &gt; Tips shows them again)</source>
        <translation>پنهان کردن این نکته‌ها (راهنما &gt; نکته‌ها دوباره نشانشان می‌دهد)</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Replaced {spans} with {label}</source>
        <translation>{spans} با {label} جایگزین شد</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
</context>
<context>
    <name>ViewLayers</name>
    <message>
        <source>Label: {label}</source>
        <translation>برچسب: {label}</translation>
    </message>
    <message>
        <source>Suggestion: {label}</source>
        <translation>پیشنهاد: {label}</translation>
    </message>
    <message>
        <source>{name} at {offset}</source>
        <translation>{name} در {offset}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>first strong letter</source>
        <translation>نخستین حرف قوی</translation>
    </message>
    <message>
        <source>majority of letters</source>
        <translation>بیشتر حرف‌ها</translation>
    </message>
    <message>
        <source>all right to left</source>
        <translation>همه راست به چپ</translation>
    </message>
    <message>
        <source>all left to right</source>
        <translation>همه چپ به راست</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>به خاطر سپرده نشد: {error}</translation>
    </message>
    <message>
        <source>The direction mode was not changed</source>
        <translation>حالت جهت تغییر نکرد</translation>
    </message>
    <message>
        <source>Paragraph direction: {mode} (kept in the label schema on save)</source>
        <translation>جهت بند: {mode} (هنگام ذخیره در طرح برچسب‌ها نگه داشته می‌شود)</translation>
    </message>
</context>
</TS>
