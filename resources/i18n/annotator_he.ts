<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>SIL Open Font License 1.1 (OFL-1.1; its text is in the package&apos;s LICENSE file)</source>
        <translation>רישיון הגופנים הפתוח של SIL גרסה 1.1 (OFL-1.1; הנוסח בקובץ LICENSE של החבילה)</translation>
    </message>
    <message>
        <source>not installed as a package</source>
        <translation>לא מותקן כחבילה</translation>
    </message>
    <message>
        <source>Offline span annotation for right-to-left text (Arabic, Persian, Urdu, Hebrew).</source>
        <translation>תיוג מקטעים ללא רשת לטקסט מימין לשמאל (ערבית, פרסית, אורדו, עברית).</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>רישיון: {licence}.</translation>
    </message>
    <message>
        <source>Bundled fonts (registered by the app, not installed in the system):</source>
        <translation>גופנים מצורפים (נרשמים על ידי היישום, לא מותקנים במערכת):</translation>
    </message>
    <message>
        <source>    {package} {version}, licence: {licence}</source>
        <translation>    {package} {version}, רישיון: {licence}</translation>
    </message>
    <message>
        <source>  none found: the system&apos;s fonts are used</source>
        <translation>  לא נמצאו: משמשים גופני המערכת</translation>
    </message>
    <message>
        <source>Urdu is shown in the Naskh face: no Nastaliq font is packaged on PyPI.</source>
        <translation>אורדו מוצגת בגופן נסח: אין גופן נסתעליק ארוז ב-PyPI.</translation>
    </message>
    <message>
        <source>Nothing here reaches the network.</source>
        <translation>דבר כאן אינו פונה לרשת.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator</source>
        <translation>אודות annotator</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Span</source>
        <translation>&amp;מקטע</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>מ&amp;סמך</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>ה&amp;צעות</translation>
    </message>
    <message>
        <source>&amp;Adjudicate</source>
        <translation>ה&amp;כרעה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;פתיחה…</translation>
    </message>
    <message>
        <source>Open a .jsonl, a .txt or a folder of .txt files</source>
        <translation>פתיחת קובץ jsonl או txt או תיקייה של קובצי txt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>Save the annotations file (edits are journalled at once anyway)</source>
        <translation>שמירת קובץ התיוגים (העריכות נרשמות ביומן מיד בכל מקרה)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ייבוא…</translation>
    </message>
    <message>
        <source>Import a file in another format into a new corpus</source>
        <translation>ייבוא קובץ בתבנית אחרת לקורפוס חדש</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>י&amp;צוא…</translation>
    </message>
    <message>
        <source>Export this corpus to another format</source>
        <translation>יצוא הקורפוס הזה לתבנית אחרת</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>ה&amp;כרעה…</translation>
    </message>
    <message>
        <source>Settle two or more annotators&apos; files: each one&apos;s spans in a lane, into a new corpus</source>
        <translation>הכרעה בין קבצים של שני מתייגים או יותר: המקטעים של כל אחד במסלול, לקורפוס חדש</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>שמירה ויציאה</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>Undo the last edit (switches to its document)</source>
        <translation>ביטול העריכה האחרונה (עובר למסמך שלה)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;חזרה</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>ביצוע חוזר של העריכה האחרונה שבוטלה</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>חי&amp;פוש…</translation>
    </message>
    <message>
        <source>Find in this document (Arabic-aware: harakat, tatweel, alef and ya forms ignored)</source>
        <translation>חיפוש במסמך הזה (מותאם לערבית: מתעלם מחרכאת, מתטוויל ומצורות האלף והיא)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>חיפוש הב&amp;א</translation>
    </message>
    <message>
        <source>Select the next match of the find bar&apos;s query (also with the bar closed)</source>
        <translation>בחירת ההתאמה הבאה למחרוזת שבסרגל החיפוש (גם כשהסרגל סגור)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>חיפוש ה&amp;קודם</translation>
    </message>
    <message>
        <source>Select the previous match of the find bar&apos;s query</source>
        <translation>בחירת ההתאמה הקודמת למחרוזת שבסרגל החיפוש</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>חיפוש ב&amp;כל המסמכים…</translation>
    </message>
    <message>
        <source>Search the whole corpus; the results panel lists document, context and offsets</source>
        <translation>חיפוש בכל הקורפוס; חלונית התוצאות מפרטת מסמך, הקשר ומיקומים</translation>
    </message>
    <message>
        <source>Label &amp;all occurrences…</source>
        <translation>תיוג כל ה&amp;מופעים…</translation>
    </message>
    <message>
        <source>Label every occurrence of the selection or the query, in this document or the corpus</source>
        <translation>תיוג כל המופעים של הבחירה או של מחרוזת החיפוש, במסמך הזה או בקורפוס</translation>
    </message>
    <message>
        <source>&amp;Label schema…</source>
        <translation>סכמת &amp;תוויות…</translation>
    </message>
    <message>
        <source>Add, rename, recolour and reorder labels; their hotkeys and descriptions</source>
        <translation>הוספה, שינוי שם, צבע וסדר של תוויות; מקשי הקיצור והתיאורים שלהן</translation>
    </message>
    <message>
        <source>&amp;Customise shortcuts…</source>
        <translation>ה&amp;תאמת קיצורים…</translation>
    </message>
    <message>
        <source>Change the keys of any action (conflicts are shown as you type)</source>
        <translation>שינוי המקשים של כל פעולה (התנגשויות מוצגות תוך כדי הקלדה)</translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation>&amp;שם המתייג…</translation>
    </message>
    <message>
        <source>Who is annotating: the name recorded on the documents and spans you change</source>
        <translation>מי מתייג: השם שנרשם על המסמכים והמקטעים שאתם משנים</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>מקטע</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;מחיקת מקטע</translation>
    </message>
    <message>
        <source>Delete the selected span</source>
        <translation>מחיקת המקטע הנבחר</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;ניקוי הבחירה</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>ניקוי הבחירה</translation>
    </message>
    <message>
        <source>C&amp;hoose label…</source>
        <translation>&amp;בחירת תווית…</translation>
    </message>
    <message>
        <source>Jump to the label filter: type part of a name or description, Enter labels the selection</source>
        <translation>מעבר למסנן התוויות: הקלידו חלק משם או מתיאור, Enter מתייג את הבחירה</translation>
    </message>
    <message>
        <source>&amp;Next span</source>
        <translation>המקטע ה&amp;בא</translation>
    </message>
    <message>
        <source>&amp;Previous span</source>
        <translation>המקטע ה&amp;קודם</translation>
    </message>
    <message>
        <source>Select the next span (the next suggestion while the document has open suggestions)</source>
        <translation>בחירת המקטע הבא (ההצעה הבאה כל עוד יש במסמך הצעות פתוחות)</translation>
    </message>
    <message>
        <source>Select the previous span (the previous suggestion while the document has open suggestions)</source>
        <translation>בחירת המקטע הקודם (ההצעה הקודמת כל עוד יש במסמך הצעות פתוחות)</translation>
    </message>
    <message>
        <source>E&amp;xact selection</source>
        <translation>בחירה מ&amp;דויקת</translation>
    </message>
    <message>
        <source>Label exactly the selected characters (else whole words, no edge space or punctuation)</source>
        <translation>תיוג התווים שנבחרו בדיוק כפי שהם (אחרת מילים שלמות, בלי רווח או סימן פיסוק בקצוות)</translation>
    </message>
    <message>
        <source>Grow start by a word</source>
        <translation>הרחבת ההתחלה במילה</translation>
    </message>
    <message>
        <source>Move the start one word earlier</source>
        <translation>הזזת ההתחלה מילה אחת אחורה</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>צמצום ההתחלה במילה</translation>
    </message>
    <message>
        <source>Move the start one word later (leave out a clitic with the char step)</source>
        <translation>הזזת ההתחלה מילה אחת קדימה (להשמטת תחילית השתמשו בצעד התו)</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>צמצום הסוף במילה</translation>
    </message>
    <message>
        <source>Move the end one word earlier</source>
        <translation>הזזת הסוף מילה אחת אחורה</translation>
    </message>
    <message>
        <source>Grow end by a word</source>
        <translation>הרחבת הסוף במילה</translation>
    </message>
    <message>
        <source>Move the end one word later</source>
        <translation>הזזת הסוף מילה אחת קדימה</translation>
    </message>
    <message>
        <source>Grow start by a character</source>
        <translation>הרחבת ההתחלה בתו</translation>
    </message>
    <message>
        <source>Move the start one character earlier</source>
        <translation>הזזת ההתחלה תו אחד אחורה</translation>
    </message>
    <message>
        <source>Shrink start by a character</source>
        <translation>צמצום ההתחלה בתו</translation>
    </message>
    <message>
        <source>Move the start one character later</source>
        <translation>הזזת ההתחלה תו אחד קדימה</translation>
    </message>
    <message>
        <source>Shrink end by a character</source>
        <translation>צמצום הסוף בתו</translation>
    </message>
    <message>
        <source>Move the end one character earlier</source>
        <translation>הזזת הסוף תו אחד אחורה</translation>
    </message>
    <message>
        <source>Grow end by a character</source>
        <translation>הרחבת הסוף בתו</translation>
    </message>
    <message>
        <source>Move the end one character later</source>
        <translation>הזזת הסוף תו אחד קדימה</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>המסמך ה&amp;בא</translation>
    </message>
    <message>
        <source>Go to the next document</source>
        <translation>מעבר למסמך הבא</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>המסמך ה&amp;קודם</translation>
    </message>
    <message>
        <source>Go to the previous document</source>
        <translation>מעבר למסמך הקודם</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>הבא שלא &amp;הושלם</translation>
    </message>
    <message>
        <source>Go to the next document still to do</source>
        <translation>מעבר למסמך הבא שעוד לא טופל</translation>
    </message>
    <message>
        <source>Mark &amp;done and move on</source>
        <translation>סימון כ&amp;הושלם והמשך</translation>
    </message>
    <message>
        <source>Mark this document done and go to the next unfinished one</source>
        <translation>סימון המסמך כהושלם ומעבר לבא שלא הושלם</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;דילוג</translation>
    </message>
    <message>
        <source>Mark this document skipped and move on</source>
        <translation>סימון המסמך כמדולג והמשך</translation>
    </message>
    <message>
        <source>&amp;Flag / unflag</source>
        <translation>&amp;סימון דגל / הסרה</translation>
    </message>
    <message>
        <source>Flag this document for review (again to unflag)</source>
        <translation>סימון המסמך לבדיקה (שוב כדי להסיר)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>עריכת &amp;הערה</translation>
    </message>
    <message>
        <source>Write a note on this document</source>
        <translation>כתיבת הערה על המסמך</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>הצעות</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>ההצעה ה&amp;באה</translation>
    </message>
    <message>
        <source>Focus the next open suggestion</source>
        <translation>מעבר להצעה הפתוחה הבאה</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>ההצעה ה&amp;קודמת</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>ההצעה הפתוחה הקודמת</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;אישור ההצעה</translation>
    </message>
    <message>
        <source>Accept the focused suggestion: it becomes a span (Enter or Space)</source>
        <translation>אישור ההצעה הנוכחית: היא הופכת למקטע (Enter או Space)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;דחיית ההצעה</translation>
    </message>
    <message>
        <source>Reject the focused one</source>
        <translation>דחיית ההצעה הנוכחית</translation>
    </message>
    <message>
        <source>Accept all suggestions in &amp;document</source>
        <translation>אישור כל ההצעות ב&amp;מסמך</translation>
    </message>
    <message>
        <source>Accept every open suggestion of this document, in one undo step</source>
        <translation>אישור כל ההצעות הפתוחות במסמך הזה, בצעד ביטול אחד</translation>
    </message>
    <message>
        <source>From a &amp;gazetteer…</source>
        <translation>ממילון &amp;שמות…</translation>
    </message>
    <message>
        <source>Suggest the phrases of a TSV file (phrase&lt;TAB&gt;label) wherever they occur</source>
        <translation>הצעת הביטויים שבקובץ TSV (ביטוי&lt;TAB&gt;תווית) בכל מקום שבו הם מופיעים</translation>
    </message>
    <message>
        <source>&amp;Propagate the corpus&apos;s labels</source>
        <translation>&amp;הפצת התוויות של הקורפוס</translation>
    </message>
    <message>
        <source>Suggest what is labelled elsewhere in the corpus wherever else it occurs</source>
        <translation>הצעת מה שתויג במקום אחד בקורפוס בכל מקום אחר שבו הוא מופיע</translation>
    </message>
    <message>
        <source>&amp;Train a model on done documents…</source>
        <translation>א&amp;ימון מודל על המסמכים שהושלמו…</translation>
    </message>
    <message>
        <source>Train a spaCy model on the done documents, in the background (needs spaCy)</source>
        <translation>אימון מודל spaCy על המסמכים שהושלמו, ברקע (דורש spaCy)</translation>
    </message>
    <message>
        <source>Suggest with the trained &amp;model</source>
        <translation>הצעה בעזרת המודל המא&amp;ומן</translation>
    </message>
    <message>
        <source>Suggest with the model trained beside the corpus</source>
        <translation>הצעה בעזרת המודל שאומן לצד הקורפוס</translation>
    </message>
    <message>
        <source>&amp;Clear suggestions</source>
        <translation>&amp;ניקוי ההצעות</translation>
    </message>
    <message>
        <source>Remove every suggestion (undoable)</source>
        <translation>הסרת כל ההצעות (ניתן לבטל)</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>המחלוקת ה&amp;באה</translation>
    </message>
    <message>
        <source>Caret to the next disagreement (then the next document with one)</source>
        <translation>הסמן למחלוקת הבאה (ואז למסמך הבא שיש בו)</translation>
    </message>
    <message>
        <source>&amp;Previous disagreement</source>
        <translation>המחלוקת ה&amp;קודמת</translation>
    </message>
    <message>
        <source>Caret to the previous disagreement (then the previous document with one)</source>
        <translation>הסמן למחלוקת הקודמת (ואז למסמך הקודם שיש בו)</translation>
    </message>
    <message>
        <source>Next &amp;undecided</source>
        <translation>הבאה שלא &amp;הוכרעה</translation>
    </message>
    <message>
        <source>Caret to the next disagreement not decided yet, in any document</source>
        <translation>הסמן למחלוקת הבאה שעוד לא הוכרעה, בכל מסמך</translation>
    </message>
    <message>
        <source>Pick annotator &amp;1&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;1</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 1&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 1</translation>
    </message>
    <message>
        <source>Pick annotator &amp;2&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;2</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 2&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 2</translation>
    </message>
    <message>
        <source>Pick annotator &amp;3&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;3</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 3&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 3</translation>
    </message>
    <message>
        <source>Pick annotator &amp;4&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;4</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 4&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 4</translation>
    </message>
    <message>
        <source>Pick annotator &amp;5&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;5</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 5&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 5</translation>
    </message>
    <message>
        <source>Pick annotator &amp;6&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;6</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 6&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 6</translation>
    </message>
    <message>
        <source>Pick annotator &amp;7&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;7</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 7&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 7</translation>
    </message>
    <message>
        <source>Pick annotator &amp;8&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;8</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 8&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 8</translation>
    </message>
    <message>
        <source>Pick annotator &amp;9&apos;s version</source>
        <translation>בחירת הגרסה של מתייג &amp;9</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept the spans of lane 9&apos;s annotator</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של המתייג במסלול 9</translation>
    </message>
    <message>
        <source>Pick &amp;both (all)</source>
        <translation>בחירת &amp;שניהם (כולם)</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept every annotator&apos;s spans</source>
        <translation>במחלוקת שתחת הסמן, קבלת המקטעים של כל המתייגים</translation>
    </message>
    <message>
        <source>Pick n&amp;either</source>
        <translation>בחירת &amp;אף אחד</translation>
    </message>
    <message>
        <source>At the disagreement under the caret, accept none (the decision is remembered)</source>
        <translation>במחלוקת שתחת הסמן, לא לקבל אף אחד (ההחלטה נשמרת)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;גופן…</translation>
    </message>
    <message>
        <source>Document font, size and line spacing</source>
        <translation>גופן המסמך, גודל וריווח שורות</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>ה&amp;סכמה…</translation>
    </message>
    <message>
        <source>How far annotators agree: their files, or the versions a merged corpus keeps</source>
        <translation>עד כמה המתייגים מסכימים: הקבצים שלהם, או הגרסאות שקורפוס ממוזג שומר</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;סטטיסטיקה…</translation>
    </message>
    <message>
        <source>Progress over time, spans per label and document, each annotator&apos;s work, agreement</source>
        <translation>התקדמות לאורך זמן, מקטעים לכל תווית ומסמך, העבודה של כל מתייג, הסכמה</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ה&amp;גדלה</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>טקסט גדול יותר</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>טקסט קטן יותר</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;איפוס הגדלה</translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation>הטקסט בגודלו הרגיל</translation>
    </message>
    <message>
        <source>Show &amp;invisible characters</source>
        <translation>הצגת תווים &amp;בלתי נראים</translation>
    </message>
    <message>
        <source>Bidi marks, joiners, special spaces as small symbols above the text (never inserted)</source>
        <translation>סימני כיווניות, מחברים ורווחים מיוחדים כסמלים קטנים מעל הטקסט (לעולם לא מוכנסים)</translation>
    </message>
    <message>
        <source>Show &amp;tatweel</source>
        <translation>הצגת &amp;תטוויל</translation>
    </message>
    <message>
        <source>Mark tatweels (U+0640) too</source>
        <translation>סימון תטוויל (U+0640) גם כן</translation>
    </message>
    <message>
        <source>&amp;Compact lines</source>
        <translation>שורות &amp;דחוסות</translation>
    </message>
    <message>
        <source>Label names on hover only</source>
        <translation>שמות תוויות רק במעבר עכבר</translation>
    </message>
    <message>
        <source>Paragraph direction</source>
        <translation>כיוון הפסקה</translation>
    </message>
    <message>
        <source>&amp;First strong letter</source>
        <translation>האות ה&amp;חזקה הראשונה</translation>
    </message>
    <message>
        <source>Each paragraph reads in the direction of its first letter</source>
        <translation>כל פסקה נקראת בכיוון האות הראשונה שלה</translation>
    </message>
    <message>
        <source>&amp;Majority of letters</source>
        <translation>&amp;רוב האותיות</translation>
    </message>
    <message>
        <source>More Arabic letters than Latin: right to left</source>
        <translation>יותר אותיות ערביות מלטיניות: מימין לשמאל</translation>
    </message>
    <message>
        <source>All &amp;right to left</source>
        <translation>הכול מ&amp;ימין לשמאל</translation>
    </message>
    <message>
        <source>Every paragraph right to left</source>
        <translation>כל פסקה מימין לשמאל</translation>
    </message>
    <message>
        <source>All &amp;left to right</source>
        <translation>הכול מ&amp;שמאל לימין</translation>
    </message>
    <message>
        <source>Every paragraph left to right</source>
        <translation>כל פסקה משמאל לימין</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>רשימת כל הקיצורים</translation>
    </message>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;עצות</translation>
    </message>
    <message>
        <source>Show the tips on keyboard selection again</source>
        <translation>הצגה חוזרת של העצות על בחירה במקלדת</translation>
    </message>
    <message>
        <source>&amp;About annotator</source>
        <translation>&amp;אודות annotator</translation>
    </message>
    <message>
        <source>Versions, fonts and licences</source>
        <translation>גרסאות, גופנים ורישיונות</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>Move the caret visually (← goes left on screen)</source>
        <translation>הזזת הסמן חזותית (← זז שמאלה על המסך)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Left / Ctrl+Right</translation>
    </message>
    <message>
        <source>Move the caret by a word (the core&apos;s tokenizer)</source>
        <translation>הזזת הסמן במילה (מפרק האסימונים של הליבה)</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+Left / Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a character</source>
        <translation>הרחבת הבחירה בתו</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left / Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Left / Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>הרחבת הבחירה במילה</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Start / end of the line</source>
        <translation>תחילת / סוף השורה</translation>
    </message>
    <message>
        <source>Double-click / drag</source>
        <translation>לחיצה כפולה / גרירה</translation>
    </message>
    <message>
        <source>Select a word / whole words (snapped to tokens)</source>
        <translation>בחירת מילה / מילים שלמות (מיושר לאסימונים)</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+גרירה</translation>
    </message>
    <message>
        <source>Select exact characters (no snapping)</source>
        <translation>בחירת תווים מדויקים (ללא יישור)</translation>
    </message>
    <message>
        <source>Click on a span</source>
        <translation>לחיצה על מקטע</translation>
    </message>
    <message>
        <source>Select the span (again: the next nested one)</source>
        <translation>בחירת המקטע (שוב: המקונן הבא)</translation>
    </message>
    <message>
        <source>Enter / Delete in the Spans panel</source>
        <translation>Enter / Delete בחלונית המקטעים</translation>
    </message>
    <message>
        <source>Jump to / delete that span</source>
        <translation>מעבר למקטע / מחיקתו</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find bar</source>
        <translation>Enter / Shift+Enter בסרגל החיפוש</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>ההתאמה הבאה / הקודמת</translation>
    </message>
    <message>
        <source>Esc in the find bar</source>
        <translation>Esc בסרגל החיפוש</translation>
    </message>
    <message>
        <source>Close it; the current match stays selected for a label key</source>
        <translation>סגירתו; ההתאמה הנוכחית נשארת בחורה למקש של תווית</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Reject the focused suggestion, like Backspace (unless a label&apos;s hotkey is x)</source>
        <translation>דחיית ההצעה הנוכחית, כמו Backspace (אלא אם x הוא מקש הקיצור של תווית)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;ביטול {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;חזרה {step}</translation>
    </message>
</context>
<context>
    <name>AdjudicateDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Each file is one annotator (named by the file&apos;s name). Documents they share keep every annotator&apos;s version, shown as lanes under the text; the result is a new corpus you adjudicate and save like any other.</source>
        <translation>כל קובץ הוא מתייג אחד (נקרא בשם הקובץ). מסמכים משותפים שומרים את הגרסה של כל מתייג, המוצגת כמסלולים מתחת לטקסט; התוצאה היא קורפוס חדש שמכריעים בו ושומרים אותו כמו כל קורפוס אחר.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Keep the result in</source>
        <translation>שמירת התוצאה ב</translation>
    </message>
    <message>
        <source>Accept the spans every annotator agrees on</source>
        <translation>קבלת המקטעים שכל המתייגים מסכימים עליהם</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>קבצי המתייגים (שניים או יותר)</translation>
    </message>
    <message>
        <source>Keep the adjudicated corpus in</source>
        <translation>שמירת הקורפוס המוכרע ב</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>תיוגים (*.jsonl)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>כותב את {name}…</translation>
    </message>
</context>
<context>
    <name>AdjudicationCommands</name>
    <message>
        <source>Adjudication</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Pick {name}&apos;s version (lane &amp;{lane})</source>
        <translation>בחירת הגרסה של {name} (מסלול &amp;{lane})</translation>
    </message>
    <message>
        <source>, counting {done} of {total}</source>
        <translation>, נספרו {done} מתוך {total}</translation>
    </message>
    <message>
        <source>{left} of {items} disagreements left{counting}</source>
        <translation>נותרו {left} מתוך {items} מחלוקות{counting}</translation>
    </message>
    <message>
        <source>Adjudication: {line}</source>
        <translation>הכרעה: {line}</translation>
    </message>
    <message>
        <source>This document: {left} of {count} left.</source>
        <translation>מסמך זה: נותרו {left} מתוך {count}.</translation>
    </message>
    <message>
        <source>Corpus: {line}. {here}</source>
        <translation>קורפוס: {line}. {here}</translation>
    </message>
    <message>
        <source>This document keeps no versions: {keys} go to the next / previous with one.</source>
        <translation>מסמך זה אינו שומר גרסאות: {keys} עוברים לבא / לקודם שיש בו.</translation>
    </message>
    <message>
        <source>The annotators agree everywhere in this document.</source>
        <translation>המתייגים מסכימים בכל מקום במסמך זה.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {keys} go to the next / previous one.</source>
        <translation>אין מחלוקת תחת הסמן: {keys} עוברים לבאה / לקודמת.</translation>
    </message>
    <message>
        <source>This corpus keeps no annotators&apos; versions: File &gt; Adjudicate… makes one.</source>
        <translation>קורפוס זה אינו שומר גרסאות של מתייגים: קובץ &gt; הכרעה… יוצר אחד כזה.</translation>
    </message>
    <message>
        <source>No disagreement after.</source>
        <translation>אין מחלוקת אחרי.</translation>
    </message>
    <message>
        <source>No disagreement before.</source>
        <translation>אין מחלוקת לפני.</translation>
    </message>
    <message>
        <source>Every disagreement is decided.</source>
        <translation>כל המחלוקות הוכרעו.</translation>
    </message>
    <message>
        <source>No disagreement under the caret: {key} goes to the next one.</source>
        <translation>אין מחלוקת תחת הסמן: {key} עובר לבאה.</translation>
    </message>
    <message>
        <source>This disagreement has {count} annotators.</source>
        <translation>למחלוקת זו יש {count} מתייגים.</translation>
    </message>
    <message>
        <source>{documents} documents, {shared} with several versions, {disagreements} disagreements to decide, {accepted} spans accepted.</source>
        <translation>{documents} מסמכים, {shared} עם כמה גרסאות, {disagreements} מחלוקות להכרעה, {accepted} מקטעים התקבלו.</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>אף אחד</translation>
    </message>
    <message>
        <source>all</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>both</source>
        <translation>שניהם</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ו</translation>
    </message>
    <message>
        <source>Under the caret</source>
        <translation>תחת הסמן</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>מחלוקת</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation>(אין כאן כלום)</translation>
    </message>
    <message>
        <source>Disagreement {n} of {count}: {kind} · {decision}</source>
        <translation>מחלוקת {n} מתוך {count}: {kind} · {decision}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <source>Annotators&apos; files (two or more)</source>
        <translation>קבצי המתייגים (שניים או יותר)</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>אין קובץ פתוח</translation>
    </message>
    <message>
        <source>Versions kept in the open corpus ({name})</source>
        <translation>הגרסאות השמורות בקורפוס הפתוח ({name})</translation>
    </message>
    <message>
        <source>Token measures: Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha</source>
        <translation>מדדי אסימונים: קאפא של כהן ושל פלייס, אלפא של קריפנדורף</translation>
    </message>
    <message>
        <source>Most of the time on large files; the span figures need no tokens</source>
        <translation>רוב הזמן בקבצים גדולים; נתוני המקטעים אינם צריכים אסימונים</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>חישוב</translation>
    </message>
    <message>
        <source>%v / %m documents</source>
        <translation>%v / %m מסמכים</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>קורא {count} קבצים…</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>לא ניתן לקרוא את הקבצים</translation>
    </message>
    <message>
        <source>The open file is read as last saved: save (Ctrl+S) to count your latest edits.</source>
        <translation>הקובץ הפתוח נקרא כפי שנשמר לאחרונה: שמרו (Ctrl+S) כדי לספור את העריכות האחרונות.</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>לא ניתן לקרוא {count} מסמכים: {first}</translation>
    </message>
    <message>
        <source>No document of the open corpus keeps two or more versions.</source>
        <translation>אין בקורפוס הפתוח מסמך השומר שתי גרסאות או יותר.</translation>
    </message>
    <message>
        <source>Counted over the documents that keep versions: a merge keeps none for a document everyone labelled alike, so these are the disputed ones.</source>
        <translation>נספר על המסמכים ששומרים גרסאות: מיזוג אינו שומר גרסאות למסמך שכולם תייגו באותו אופן, ולכן אלה המסמכים השנויים במחלוקת.</translation>
    </message>
    <message>
        <source>Agreement could not be computed</source>
        <translation>לא ניתן לחשב את ההסכמה</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>n A</source>
        <translation>מספר A</translation>
    </message>
    <message>
        <source>n B</source>
        <translation>מספר B</translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation>התאמה מדויקת</translation>
    </message>
    <message>
        <source>Matched overlap</source>
        <translation>התאמה בחפיפה</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 מדויק</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 בחפיפה</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>A&apos;s label</source>
        <translation>התווית של A</translation>
    </message>
    <message>
        <source>A&apos;s range</source>
        <translation>הטווח של A</translation>
    </message>
    <message>
        <source>A&apos;s text</source>
        <translation>הטקסט של A</translation>
    </message>
    <message>
        <source>B&apos;s label</source>
        <translation>התווית של B</translation>
    </message>
    <message>
        <source>B&apos;s range</source>
        <translation>הטווח של B</translation>
    </message>
    <message>
        <source>B&apos;s text</source>
        <translation>הטקסט של B</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>רק A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>רק B</translation>
    </message>
    <message>
        <source>label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>גבול</translation>
    </message>
    <message>
        <source>label and boundary</source>
        <translation>תווית וגבול</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>Enter or double-click: show it in the window</source>
        <translation>Enter או לחיצה כפולה: הצגה בחלון</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>לפי תווית</translation>
    </message>
    <message>
        <source>Label confusion</source>
        <translation>בלבול תוויות</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>מחלוקות</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>זוג:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>אף אחד</translation>
    </message>
    <message>
        <source>{count} document(s) that two or more of {names} have</source>
        <translation>{count} מסמכים שיש לשניים או יותר מבין {names}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha over tokens: {alpha}</source>
        <translation>אלפא של קריפנדורף על אסימונים: {alpha}</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over tokens: {kappa}</source>
        <translation>קאפא של פלייס על אסימונים: {kappa}</translation>
    </message>
    <message>
        <source>{a} (A) and {b} (B)</source>
        <translation>{a} (A) ו-{b} (B)</translation>
    </message>
    <message>
        <source>{documents} document(s) both have · F1 exact {exact}, overlap {overlap} · token kappa {kappa} over {tokens} tokens</source>
        <translation>{documents} מסמכים ששניהם מחזיקים · F1 מדויק {exact}, בחפיפה {overlap} · קאפא אסימונים {kappa} על {tokens} אסימונים</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>כל התוויות</translation>
    </message>
    <message>
        <source>Rows: {a}&apos;s label (A); columns: {b}&apos;s label (B). How often A&apos;s span met B&apos;s on the same or an overlapping range; {none}: a span the other annotator does not have.</source>
        <translation>שורות: התווית של {a} (A); עמודות: התווית של {b} (B). כמה פעמים מקטע של A פגש מקטע של B באותו טווח או בטווח חופף; {none}: מקטע שאין למתייג השני.</translation>
    </message>
    <message>
        <source>Disagreements ({total})</source>
        <translation>מחלוקות ({total})</translation>
    </message>
    <message>
        <source>Disagreements (first {count} of {total})</source>
        <translation>מחלוקות ({count} הראשונות מתוך {total})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{todo}

Details are in {log}.</source>
        <translation>{todo}

הפרטים ב-{log}.</translation>
    </message>
    <message>
        <source>Could not open {path}.
{what}
{todo}</source>
        <translation>לא ניתן לפתוח את {path}.
{what}
{todo}</translation>
    </message>
    <message>
        <source>Could not open the sample corpus</source>
        <translation>לא ניתן לפתוח את קורפוס הדוגמה</translation>
    </message>
</context>
<context>
    <name>ConversionProgress</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Your edits are safe in the journal beside the file and will be restored when you reopen it.</source>
        <translation>העריכות שלכם שמורות ביומן שליד הקובץ וישוחזרו כשתפתחו אותו שוב.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk. Remove what the message names, then open the file again.</source>
        <translation>דבר לא השתנה בדיסק. הסירו את מה שההודעה מציינת ופתחו את הקובץ שוב.</translation>
    </message>
    <message>
        <source>Close the other annotator window using this file, then open it again.</source>
        <translation>סגרו את חלון annotator האחר שמשתמש בקובץ הזה ופתחו אותו שוב.</translation>
    </message>
    <message>
        <source>Nothing was changed. To annotate this file, make it writable or copy it to a folder you can write to, then open it again.</source>
        <translation>דבר לא השתנה. כדי לתייג את הקובץ, אפשרו בו כתיבה או העתיקו אותו לתיקייה שניתן לכתוב בה, ופתחו אותו שוב.</translation>
    </message>
    <message>
        <source>Another program changed the file. Save under a new name (or copy the file away) and compare; </source>
        <translation>תוכנה אחרת שינתה את הקובץ. שמרו בשם חדש (או העתיקו את הקובץ למקום אחר) והשוו; </translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions, then save again (Ctrl+S). </source>
        <translation>פנו מקום בדיסק או בדקו את ההרשאות של התיקייה, ושמרו שוב (Ctrl+S). </translation>
    </message>
    <message>
        <source>The file could not be read:
</source>
        <translation>לא ניתן לקרוא את הקובץ:
</translation>
    </message>
    <message>
        <source>Fix the lines named above (or pick the right encoding), then open it again. Nothing was changed on disk.</source>
        <translation>תקנו את השורות שצוינו למעלה (או בחרו את הקידוד הנכון) ופתחו שוב. דבר לא השתנה בדיסק.</translation>
    </message>
    <message>
        <source>The label schema is invalid:
</source>
        <translation>סכמת התוויות אינה תקינה:
</translation>
    </message>
    <message>
        <source>Fix the .labels.toml file beside the corpus.</source>
        <translation>תקנו את קובץ labels.toml שליד הקורפוס.</translation>
    </message>
    <message>
        <source>Nothing was changed on disk.</source>
        <translation>דבר לא השתנה בדיסק.</translation>
    </message>
    <message>
        <source>The disk is full. </source>
        <translation>הדיסק מלא. </translation>
    </message>
    <message>
        <source>Free some disk space, then save again (Ctrl+S). </source>
        <translation>פנו מקום בדיסק ושמרו שוב (Ctrl+S). </translation>
    </message>
    <message>
        <source>Permission denied. </source>
        <translation>ההרשאה נדחתה. </translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or choose another folder.</source>
        <translation>בדקו את ההרשאות של הקובץ או בחרו תיקייה אחרת.</translation>
    </message>
    <message>
        <source>The file does not exist. </source>
        <translation>הקובץ אינו קיים. </translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>בדקו את הנתיב ונסו שוב.</translation>
    </message>
    <message>
        <source>Check the file and the disk, then try again.</source>
        <translation>בדקו את הקובץ ואת הדיסק ונסו שוב.</translation>
    </message>
    <message>
        <source>An unexpected error happened: {kind}: {error}</source>
        <translation>אירעה שגיאה לא צפויה: {kind}: {error}</translation>
    </message>
    <message>
        <source>Your edits are journalled as you make them. Please report this with the log file; saving (Ctrl+S) and reopening is safe.</source>
        <translation>העריכות נרשמות ביומן ברגע שהן נעשות. נא לדווח על כך עם קובץ הרישום; שמירה (Ctrl+S) ופתיחה מחדש בטוחות.</translation>
    </message>
    <message>
        <source>No formats</source>
        <translation>אין תבניות</translation>
    </message>
    <message>
        <source>No format is available for this yet.</source>
        <translation>עדיין אין תבנית זמינה לכך.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>יצוא אל</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>ייבוא מ</translation>
    </message>
    <message>
        <source>{verb} which format?</source>
        <translation>{verb} – איזו תבנית?</translation>
    </message>
    <message>
        <source>Import {format} folder</source>
        <translation>ייבוא תיקיית {format}</translation>
    </message>
    <message>
        <source>Import {format}</source>
        <translation>ייבוא {format}</translation>
    </message>
    <message>
        <source>;;All files (*)</source>
        <translation>;;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export {format} into folder</source>
        <translation>יצוא {format} לתיקייה</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>יצוא {format}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <source>{count} while reading</source>
        <translation>{count} בעת הקריאה</translation>
    </message>
    <message>
        <source>{count} while writing</source>
        <translation>{count} בעת הכתיבה</translation>
    </message>
    <message>
        <source>

{count} warning(s): {where}. Show Details lists them.</source>
        <translation>

{count} אזהרות: {where}. &quot;הצגת פרטים&quot; מפרט אותן.</translation>
    </message>
    <message>
        <source> The first {count} are listed; {hidden} more are not.</source>
        <translation> {count} הראשונות מפורטות; {hidden} נוספות לא.</translation>
    </message>
    <message>
        <source>... and {hidden} more warning(s)</source>
        <translation>... ועוד {hidden} אזהרות</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Every document is finished.</source>
        <translation>כל המסמכים הושלמו.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>%v / %m done</source>
        <translation>%v מתוך %m הושלמו</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל מצב</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>כל תווית</translation>
    </message>
    <message>
        <source>Documents containing…</source>
        <translation>מסמכים המכילים…</translation>
    </message>
    <message>
        <source>Reading %v / %m</source>
        <translation>קורא %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>סופר…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>The file changed on disk</source>
        <translation>הקובץ השתנה בדיסק</translation>
    </message>
    <message>
        <source>{error}

Overwrite it with your version? (No keeps both: your edits stay in the journal; copy the file away and save again.)</source>
        <translation>{error}

לכתוב עליו את הגרסה שלכם? (&quot;לא&quot; שומר את שתיהן: העריכות נשארות ביומן; העתיקו את הקובץ למקום אחר ושמרו שוב.)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>לא ניתן לשמור</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>נשמר {path}</translation>
    </message>
    <message>
        <source>Could not close the file</source>
        <translation>לא ניתן לסגור את הקובץ</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>לא ניתן לפתוח את הקובץ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Annotations or text (*.jsonl *.txt);;All files (*)</source>
        <translation>תיוגים או טקסט (*.jsonl *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Open a folder of .txt files</source>
        <translation>פתיחת תיקייה של קובצי txt</translation>
    </message>
    <message>
        <source>Keep the imported annotations in</source>
        <translation>שמירת התיוגים המיובאים ב</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl)</source>
        <translation>תיוגים (*.jsonl)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>קורא את {name}…</translation>
    </message>
    <message>
        <source>Could not import {name}</source>
        <translation>לא ניתן לייבא את {name}</translation>
    </message>
    <message>
        <source>Imported {documents} document(s) and {spans} span(s) from {name} into {target}.</source>
        <translation>יובאו {documents} מסמכים ו-{spans} מקטעים מ-{name} אל {target}.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>הייבוא הסתיים</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>כותב את {name}…</translation>
    </message>
    <message>
        <source>Could not export to {name}</source>
        <translation>לא ניתן לייצא אל {name}</translation>
    </message>
    <message>
        <source>Wrote {documents} document(s) and {spans} span(s) to {target}.</source>
        <translation>נכתבו {documents} מסמכים ו-{spans} מקטעים אל {target}.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>היצוא הסתיים</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Add files…</source>
        <translation>הוספת קבצים…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Annotators&apos; files</source>
        <translation>קבצי המתייגים</translation>
    </message>
    <message>
        <source>Annotations (*.jsonl);;All files (*)</source>
        <translation>תיוגים (*.jsonl);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>חיפוש במסמך הזה</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <source>Match the stored characters exactly</source>
        <translation>התאמה מדויקת לתווים השמורים</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>מילה שלמה</translation>
    </message>
    <message>
        <source>Start and end on word edges (the tokenizer&apos;s)</source>
        <translation>התחלה וסיום בגבולות מילים (לפי מפרק האסימונים)</translation>
    </message>
    <message>
        <source>Clitics</source>
        <translation>תחיליות</translation>
    </message>
    <message>
        <source>Whole word, also after و ف ب ك ل ال inside the word (the match is the word)</source>
        <translation>מילה שלמה, וגם אחרי و ف ب ك ل ال בתוך המילה (ההתאמה היא המילה עצמה)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة = ه</translation>
    </message>
    <message>
        <source>Taa marbuta and heh match each other</source>
        <translation>תא מרבוטה (ة) והא (ه) נחשבות זהות</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>ביטוי רגולרי</translation>
    </message>
    <message>
        <source>A regular expression (on the folded text)</source>
        <translation>ביטוי רגולרי (על הטקסט המנורמל)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>ההתאמה הקודמת (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>ההתאמה הבאה (Enter, F3)</translation>
    </message>
    <message>
        <source>In all documents</source>
        <translation>בכל המסמכים</translation>
    </message>
    <message>
        <source>List the matches in every document (Ctrl+Alt+F)</source>
        <translation>רשימת ההתאמות בכל המסמכים (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>אין התאמות</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} התאמות</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} מתוך {total}</translation>
    </message>
</context>
<context>
    <name>FontDialog</name>
    <message>
        <source>Document font</source>
        <translation>גופן המסמך</translation>
    </message>
    <message>
        <source>Automatic (by the document&apos;s script)</source>
        <translation>אוטומטי (לפי הכתב של המסמך)</translation>
    </message>
    <message>
        <source>The view&apos;s own</source>
        <translation>של התצוגה</translation>
    </message>
    <message>
        <source>This document view sets its own line spacing (room for harakat and labels).</source>
        <translation>תצוגת המסמך קובעת ריווח שורות משלה (מקום לניקוד ולתוויות).</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>&amp;ריווח שורות</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Arabic script, sans serif (Arabic, Persian)</source>
        <translation>כתב ערבי, ללא תגים (ערבית, פרסית)</translation>
    </message>
    <message>
        <source>Arabic script, Naskh (Urdu, for want of a Nastaliq face)</source>
        <translation>כתב ערבי, נסח (אורדו, בהיעדר גופן נסתעליק)</translation>
    </message>
    <message>
        <source>Arabic script, Kufi (headings, a choice)</source>
        <translation>כתב ערבי, כופי (לכותרות, לבחירה)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>(no description yet: Edit &gt; Label schema… adds one)</source>
        <translation>(אין עדיין תיאור: עריכה &gt; סכמת תוויות… מוסיף אחד)</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <source>Label all occurrences</source>
        <translation>תיוג כל המופעים</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>מדויק</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>מילה שלמה</translation>
    </message>
    <message>
        <source>Clitics (و ف ب ك ل ال)</source>
        <translation>תחיליות (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>ة = ه</source>
        <translation>ة = ه</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>ביטוי רגולרי</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>המסמך הזה</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>כל המסמכים</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>טקסט:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>התאמה:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>היקף:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>תווית:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תיוג</translation>
    </message>
    <message>
        <source>Looking in {done} of {total} documents: {found} found so far…</source>
        <translation>מחפש ב-{done} מתוך {total} מסמכים: נמצאו {found} עד כה…</translation>
    </message>
    <message>
        <source>Found {found}: {to_add} to label in {documents} document(s).</source>
        <translation>נמצאו {found}: {to_add} לתיוג ב-{documents} מסמכים.</translation>
    </message>
    <message>
        <source>{n} already labelled (skipped).</source>
        <translation>{n} כבר מתויגים (דולגו).</translation>
    </message>
    <message>
        <source>{n} overlap another span (skipped).</source>
        <translation>{n} חופפים למקטע אחר (דולגו).</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Filter labels — Enter labels the selection</source>
        <translation>סינון תוויות — Enter מתייג את הבחירה</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;שפת הממשק</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>שפת הממשק</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>לא נשמר: {error}</translation>
    </message>
    <message>
        <source>The interface will be in {language} when annotator next starts.</source>
        <translation>הממשק יהיה ב{language} בהפעלה הבאה של annotator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Labels</source>
        <translation>תוויות</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>מקטעים</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>מסמכים</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>פתיחת &amp;אחרונים</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>פתיחת &amp;תיקייה…</translation>
    </message>
    <message>
        <source>Read-only: nothing can be edited or saved.</source>
        <translation>לקריאה בלבד: אי אפשר לערוך או לשמור דבר.</translation>
    </message>
    <message>
        <source>Restored {count} edit(s) that were made after the last save (the program had stopped without saving). They are saved with your next save.</source>
        <translation>שוחזרו {count} עריכות שנעשו אחרי השמירה האחרונה (התוכנה נעצרה בלי לשמור). הן יישמרו בשמירה הבאה.</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>התנגשות קיצורים: {conflict}.</translation>
    </message>
    <message>
        <source>Document {number} cannot be read</source>
        <translation>אי אפשר לקרוא את מסמך {number}</translation>
    </message>
    <message>
        <source>Could not record the edit</source>
        <translation>לא ניתן לרשום את העריכה</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>לא ניתן לבטל</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>לא ניתן לבצע שוב</translation>
    </message>
    <message>
        <source>The window could not update</source>
        <translation>לא ניתן לעדכן את החלון</translation>
    </message>
</context>
<context>
    <name>ModelTraining</name>
    <message>
        <source>No done documents to learn from: mark some done first (Ctrl+Enter).</source>
        <translation>אין מסמכים שהושלמו ללמוד מהם: סמנו קודם כמה מסמכים כהושלמו (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>אימון</translation>
    </message>
    <message>
        <source>Training a model on {count} done document(s)…</source>
        <translation>מאמן מודל על {count} מסמכים שהושלמו…</translation>
    </message>
    <message>
        <source>Training %v/%m</source>
        <translation>אימון %v/%m</translation>
    </message>
    <message>
        <source>Model trained on {documents} document(s) ({spans} spans) in {seconds} s, saved in {path}: Suggestions &gt; Suggest with the trained model uses it.</source>
        <translation>המודל אומן על {documents} מסמכים ({spans} מקטעים) ב-{seconds} שניות ונשמר ב-{path}: הצעות &gt; הצעה בעזרת המודל המאומן משתמש בו.</translation>
    </message>
    <message>
        <source>Training stopped: {why}</source>
        <translation>האימון נעצר: {why}</translation>
    </message>
    <message>
        <source>The training process ended without a model.</source>
        <translation>תהליך האימון הסתיים בלי מודל.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name is recorded on every document you change (who and when) and on every span you make, so a project lead can merge the team&apos;s files and measure agreement. It stays in this computer&apos;s settings; Edit &gt; Annotator name… changes it. Skip to record no name.</source>
        <translation>השם שלכם נרשם על כל מסמך שאתם משנים (מי ומתי) ועל כל מקטע שאתם יוצרים, כדי שמוביל הפרויקט יוכל למזג את קובצי הצוות ולמדוד הסכמה. הוא נשמר בהגדרות של המחשב הזה; עריכה &gt; שם המתייג… משנה אותו. דלגו כדי לא לרשום שם.</translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation>מי מתייג?</translation>
    </message>
    <message>
        <source>Your name, e.g. sara</source>
        <translation>השם שלכם, למשל sara</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Record no name: your edits carry no author</source>
        <translation>לא לרשום שם: לעריכות לא יהיה מחבר</translation>
    </message>
    <message>
        <source>Keep the name as it is</source>
        <translation>להשאיר את השם כמו שהוא</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note on this document (saved as you type)</source>
        <translation>הערה על המסמך (נשמרת תוך כדי הקלדה)</translation>
    </message>
</context>
<context>
    <name>ReadingComfort</name>
    <message>
        <source>Guidelines</source>
        <translation>הנחיות</translation>
    </message>
    <message>
        <source>Renaming spans in every document…</source>
        <translation>משנה שמות מקטעים בכל המסמכים…</translation>
    </message>
    <message>
        <source>The label schema was not changed</source>
        <translation>סכמת התוויות לא השתנתה</translation>
    </message>
    <message>
        <source>Cancelled: the label schema is unchanged.</source>
        <translation>בוטל: סכמת התוויות לא השתנתה.</translation>
    </message>
    <message>
        <source>Label schema saved; {count} span(s) renamed.</source>
        <translation>סכמת התוויות נשמרה; שמם של {count} מקטעים שונה.</translation>
    </message>
    <message>
        <source>Label schema saved.</source>
        <translation>סכמת התוויות נשמרה.</translation>
    </message>
    <message>
        <source>The shortcuts could not be saved</source>
        <translation>לא ניתן לשמור את הקיצורים</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>לא נשמר: {error}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>צבע</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מקש</translation>
    </message>
    <message>
        <source>2nd key</source>
        <translation>מקש שני</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>סכמת תוויות</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>הזזה ל&amp;מעלה</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>הזזה ל&amp;מטה</translation>
    </message>
    <message>
        <source>Renaming a label renames its spans in every document (one undo step). Labels are never removed. Hotkeys: 1–9 or a–z.</source>
        <translation>שינוי שם של תווית משנה את שם המקטעים שלה בכל המסמכים (צעד ביטול אחד). תוויות לעולם אינן נמחקות. מקשי קיצור: 1–9 או a–z.</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>צבע התווית</translation>
    </message>
    <message>
        <source>Shortcut conflict: {conflict}.</source>
        <translation>התנגשות קיצורים: {conflict}.</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Search results</source>
        <translation>תוצאות החיפוש</translation>
    </message>
    <message>
        <source>No matches for “{query}” in this document.</source>
        <translation>אין התאמות ל&quot;{query}&quot; במסמך הזה.</translation>
    </message>
    <message>
        <source>Match {current} of {total}: “{query}”</source>
        <translation>התאמה {current} מתוך {total}: &quot;{query}&quot;</translation>
    </message>
    <message>
        <source>went round the document&apos;s end</source>
        <translation>החיפוש המשיך מהקצה השני של המסמך</translation>
    </message>
    <message>
        <source>Type what to find, then Ctrl+Alt+F again.</source>
        <translation>הקלידו מה לחפש, ואז שוב Ctrl+Alt+F.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be labelled.</source>
        <translation>לקריאה בלבד: אי אפשר לתייג דבר.</translation>
    </message>
    <message>
        <source>Select a word or type it in the find bar (Ctrl+F) first.</source>
        <translation>בחרו קודם מילה או הקלידו אותה בסרגל החיפוש (Ctrl+F).</translation>
    </message>
    <message>
        <source>Labelled {n} occurrences as {label} in {documents} document(s).</source>
        <translation>תויגו {n} מופעים כ-{label} ב-{documents} מסמכים.</translation>
    </message>
    <message>
        <source>Skipped {n} (already labelled or overlapping).</source>
        <translation>דולגו {n} (כבר מתויגים או חופפים).</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z מבטל זאת.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>הקשר</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>מיקומים</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} documents: {found} matches so far.</source>
        <translation>נעצר אחרי {done} מתוך {total} מסמכים: {found} התאמות עד כה.</translation>
    </message>
    <message>
        <source>Searching “{query}”: {done} of {total} documents, {found} matches…</source>
        <translation>מחפש &quot;{query}&quot;: {done} מתוך {total} מסמכים, {found} התאמות…</translation>
    </message>
    <message>
        <source>“{query}”: {found} matches in {documents} of {total} documents.</source>
        <translation>&quot;{query}&quot;: {found} התאמות ב-{documents} מתוך {total} מסמכים.</translation>
    </message>
    <message>
        <source>The first {kept} are listed.</source>
        <translation>{kept} הראשונות מפורטות.</translation>
    </message>
    <message>
        <source>{n} documents could not be read.</source>
        <translation>לא ניתן לקרוא {n} מסמכים.</translation>
    </message>
    <message>
        <source>The search stopped: {problem}</source>
        <translation>החיפוש נעצר: {problem}</translation>
    </message>
    <message>
        <source>The search stopped</source>
        <translation>החיפוש נעצר</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <source>Customise shortcuts</source>
        <translation>התאמת קיצורים</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>תפריט</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ברירת מחדל</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;איפוס לברירת המחדל</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>איפוס ה&amp;כול</translation>
    </message>
    <message>
        <source>Double-click a Keys cell to change it; separate keys by &apos;, &apos;.</source>
        <translation>לחצו לחיצה כפולה על תא מקשים כדי לשנות אותו; הפרידו מקשים ב-&apos;, &apos;.</translation>
    </message>
    <message>
        <source>{key} is not a key Qt understands.</source>
        <translation>{key} אינו מקש ש-Qt מבין.</translation>
    </message>
    <message>
        <source>Conflict: {conflict}.</source>
        <translation>התנגשות: {conflict}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>תיוג כ-{label}</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>תפריט</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
</context>
<context>
    <name>SpanCommands</name>
    <message>
        <source>Nothing to label: the selection holds only spaces and punctuation (Span &gt; Exact selection labels characters as selected).</source>
        <translation>אין מה לתייג: הבחירה מכילה רק רווחים וסימני פיסוק (מקטע &gt; בחירה מדויקת מתייגת את התווים כפי שנבחרו).</translation>
    </message>
    <message>
        <source>Select some text first (Shift+arrows or the mouse).</source>
        <translation>בחרו קודם טקסט (Shift+חצים או העכבר).</translation>
    </message>
    <message>
        <source>Exact selection: labels take the characters as selected.</source>
        <translation>בחירה מדויקת: התוויות חלות על התווים בדיוק כפי שנבחרו.</translation>
    </message>
    <message>
        <source>Labels take whole words, without edge spaces or punctuation.</source>
        <translation>התוויות חלות על מילים שלמות, בלי רווחים או סימני פיסוק בקצוות.</translation>
    </message>
    <message>
        <source>No span selected (Tab selects the next one).</source>
        <translation>לא נבחר מקטע (Tab בוחר את הבא).</translation>
    </message>
</context>
<context>
    <name>SpansPanel</name>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>תמונת PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>ציור SVG (*.svg)</translation>
    </message>
    <message>
        <source>{documents} documents ({statuses}), {spans} spans</source>
        <translation>{documents} מסמכים ({statuses}), {spans} מקטעים</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Spans per label: {top}</source>
        <translation>מקטעים לכל תווית: {top}</translation>
    </message>
    <message>
        <source>{pace} documents per active hour</source>
        <translation>{pace} מסמכים לשעת עבודה</translation>
    </message>
    <message>
        <source>no recorded times</source>
        <translation>אין זמנים רשומים</translation>
    </message>
    <message>
        <source>Annotator {name}: last changed {documents} documents, made {spans} spans, {pace}</source>
        <translation>מתייג {name}: שינה אחרון {documents} מסמכים, יצר {spans} מקטעים, {pace}</translation>
    </message>
    <message>
        <source>{count} document(s) keep several annotators&apos; versions</source>
        <translation>{count} מסמכים שומרים גרסאות של כמה מתייגים</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>סטטיסטיקה</translation>
    </message>
    <message>
        <source>Reading %v / %m documents</source>
        <translation>קורא %v / %m מסמכים</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>ספירה מחדש</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <source>Cancelled: nothing counted. Count again to see the figures.</source>
        <translation>בוטל: דבר לא נספר. ספרו שוב כדי לראות את הנתונים.</translation>
    </message>
    <message>
        <source>{count} document(s) could not be read: {first}</source>
        <translation>לא ניתן לקרוא {count} מסמכים: {first}</translation>
    </message>
    <message>
        <source>{name}: {count} documents</source>
        <translation>{name}: {count} מסמכים</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>מצייר…</translation>
    </message>
    <message>
        <source>The statistics could not be counted</source>
        <translation>לא ניתן לספור את הסטטיסטיקה</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>שמירת הסטטיסטיקה</translation>
    </message>
    <message>
        <source>The statistics could not be saved</source>
        <translation>לא ניתן לשמור את הסטטיסטיקה</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>נשמר {path}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Annotator: {name}</source>
        <translation>מתייג: {name}</translation>
    </message>
    <message>
        <source>No annotator name</source>
        <translation>אין שם מתייג</translation>
    </message>
    <message>
        <source>Recorded on the documents and spans you change (Edit &gt; Annotator name…)</source>
        <translation>נרשם על המסמכים והמקטעים שאתם משנים (עריכה &gt; שם המתייג…)</translation>
    </message>
    <message>
        <source>Your edits carry no author: Edit &gt; Annotator name… sets one</source>
        <translation>לעריכות שלכם אין מחבר: עריכה &gt; שם המתייג… קובע אחד</translation>
    </message>
    <message>
        <source>Document {number} of {count} · {status}</source>
        <translation>מסמך {number} מתוך {count} · {status}</translation>
    </message>
    <message>
        <source>Caret {caret}</source>
        <translation>סמן {caret}</translation>
    </message>
    <message>
        <source>Selection [{start}, {end})</source>
        <translation>בחירה [{start}, {end})</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>אין בחירה</translation>
    </message>
    <message>
        <source>Paragraph RTL</source>
        <translation>פסקה מימין לשמאל</translation>
    </message>
    <message>
        <source>Paragraph LTR</source>
        <translation>פסקה משמאל לימין</translation>
    </message>
    <message>
        <source>Suggestions left: {count}</source>
        <translation>הצעות שנותרו: {count}</translation>
    </message>
    <message>
        <source>Invisible characters and tatweels</source>
        <translation>תווים בלתי נראים ותטוויל</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>תווים בלתי נראים</translation>
    </message>
    <message>
        <source>Directions: {mode}</source>
        <translation>כיוונים: {mode}</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>○ todo</source>
        <translation>○ לביצוע</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ הושלם</translation>
    </message>
    <message>
        <source>↷ skipped</source>
        <translation>↷ דולג</translation>
    </message>
    <message>
        <source>⚑ flagged</source>
        <translation>⚑ מסומן</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>לביצוע</translation>
    </message>
    <message>
        <source>done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>דולג</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>מסומן</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>לא תקין</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>No suggestions left in this document.</source>
        <translation>לא נותרו הצעות במסמך הזה.</translation>
    </message>
    <message>
        <source>No suggestion is focused: Tab or F8 goes to the next one.</source>
        <translation>אין הצעה נוכחית: Tab או F8 עוברים לבאה.</translation>
    </message>
    <message>
        <source>No suggestions to accept in this document.</source>
        <translation>אין הצעות לאישור במסמך הזה.</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s); {skipped} left (they overlap spans).</source>
        <translation>אושרו {accepted} הצעות; {skipped} נותרו (הן חופפות למקטעים).</translation>
    </message>
    <message>
        <source>Accepted {accepted} suggestion(s).</source>
        <translation>אושרו {accepted} הצעות.</translation>
    </message>
</context>
<context>
    <name>SuggestionSources</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Read-only: suggestions cannot be added to this corpus.</source>
        <translation>לקריאה בלבד: אי אפשר להוסיף הצעות לקורפוס הזה.</translation>
    </message>
    <message>
        <source>Suggestions are being made: wait for them, or Cancel.</source>
        <translation>ההצעות נוצרות כעת: המתינו להן, או לחצו &quot;ביטול&quot;.</translation>
    </message>
    <message>
        <source>Suggest from a gazetteer (phrase&lt;TAB&gt;label)</source>
        <translation>הצעות ממילון שמות (ביטוי&lt;TAB&gt;תווית)</translation>
    </message>
    <message>
        <source>Gazetteers (*.tsv *.txt);;All files (*)</source>
        <translation>מילוני שמות (*.tsv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>The gazetteer cannot be read</source>
        <translation>לא ניתן לקרוא את מילון השמות</translation>
    </message>
    <message>
        <source>{count} line(s) of the gazetteer were skipped; the first: {problem}</source>
        <translation>דולגו {count} שורות של מילון השמות; הראשונה: {problem}</translation>
    </message>
    <message>
        <source>the gazetteer</source>
        <translation>מילון השמות</translation>
    </message>
    <message>
        <source>the corpus&apos;s labels</source>
        <translation>התוויות של הקורפוס</translation>
    </message>
    <message>
        <source>No model beside the corpus yet: Suggestions &gt; Train a model first.</source>
        <translation>עדיין אין מודל לצד הקורפוס: קודם הצעות &gt; אימון מודל.</translation>
    </message>
    <message>
        <source>The model cannot be loaded</source>
        <translation>לא ניתן לטעון את המודל</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>המודל</translation>
    </message>
    <message>
        <source>Suggestions %p%</source>
        <translation>הצעות %p%</translation>
    </message>
    <message>
        <source>Suggestions could not be made</source>
        <translation>לא ניתן היה ליצור הצעות</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>ניקוי ההצעות</translation>
    </message>
    <message>
        <source>Suggestions from {source}</source>
        <translation>הצעות מתוך {source}</translation>
    </message>
    <message>
        <source>Removed {count} suggestion(s) from {documents} document(s)</source>
        <translation>הוסרו {count} הצעות מ-{documents} מסמכים</translation>
    </message>
    <message>
        <source>No new suggestions from {source}.</source>
        <translation>אין הצעות חדשות מתוך {source}.</translation>
    </message>
    <message>
        <source>Suggestions from {source}: {count} in {documents} document(s)</source>
        <translation>הצעות מתוך {source}: {count} ב-{documents} מסמכים</translation>
    </message>
    <message>
        <source>Cancelled: no suggestion was changed.</source>
        <translation>בוטל: אף הצעה לא השתנתה.</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>כאן</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>קורפוס</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סוף</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>מקטעים</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>The name could not be kept</source>
        <translation>לא ניתן לשמור את השם</translation>
    </message>
    <message>
        <source>Document {document} is not in the open file: open its file to see it.</source>
        <translation>מסמך {document} אינו בקובץ הפתוח: פתחו את הקובץ שלו כדי לראות אותו.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <source>Selecting from the keyboard: Ctrl+Shift+← / → extends the selection by a word, Shift+← / → by a character. A label&apos;s hotkey (on its button) labels the selection; Ctrl+L finds a label by name.</source>
        <translation>בחירה מהמקלדת: Ctrl+Shift+← / → מרחיב את הבחירה במילה, Shift+← / → בתו. מקש הקיצור של תווית (על הכפתור שלה) מתייג את הבחירה; Ctrl+L מוצא תווית לפי שם.</translation>
    </message>
    <message>
        <source>Alt+PgDown leaves a clitic out: بالمغرب becomes المغرب. Tab / Shift+Tab: next / previous span. Ctrl+Return: done, on to the next document. F1 lists every key.</source>
        <translation>Alt+PgDown משמיט תחילית: بالمغرب הופך ל-المغرب. Tab / Shift+Tab: המקטע הבא / הקודם. Ctrl+Return: הושלם, הלאה למסמך הבא. F1 מפרט את כל המקשים.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>הבנתי</translation>
    </message>
    <message>
        <source>Hide these tips (Help &gt; Tips shows them again)</source>
        <translation>הסתרת העצות (עזרה &gt; עצות מציג אותן שוב)</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Replaced {spans} with {label}</source>
        <translation>הוחלף ב-{label}: {spans}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>ViewLayers</name>
    <message>
        <source>Label: {label}</source>
        <translation>תווית: {label}</translation>
    </message>
    <message>
        <source>Suggestion: {label}</source>
        <translation>הצעה: {label}</translation>
    </message>
    <message>
        <source>{name} at {offset}</source>
        <translation>{name} במיקום {offset}</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>first strong letter</source>
        <translation>האות החזקה הראשונה</translation>
    </message>
    <message>
        <source>majority of letters</source>
        <translation>רוב האותיות</translation>
    </message>
    <message>
        <source>all right to left</source>
        <translation>הכול מימין לשמאל</translation>
    </message>
    <message>
        <source>all left to right</source>
        <translation>הכול משמאל לימין</translation>
    </message>
    <message>
        <source>Not remembered: {error}</source>
        <translation>לא נשמר: {error}</translation>
    </message>
    <message>
        <source>The direction mode was not changed</source>
        <translation>מצב הכיווניות לא השתנה</translation>
    </message>
    <message>
        <source>Paragraph direction: {mode} (kept in the label schema on save)</source>
        <translation>כיוון פסקה: {mode} (נשמר בסכמת התוויות בעת השמירה)</translation>
    </message>
</context>
</TS>
