<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ActorTopicMatrixModel</name>
    <message>
        <source>, </source>
        <comment>between stances in a matrix cell&apos;s tooltip</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n claim(s) — %3</source>
        <translation>
            <numerusform>%1, тема «%2»: %n заява — %3</numerusform>
            <numerusform>%1, тема «%2»: %n заяви — %3</numerusform>
            <numerusform>%1, тема «%2»: %n заяв — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean position %1 (%n with a position)</source>
        <translation>
            <numerusform>середня позиція %1 (%n заява з позицією)</numerusform>
            <numerusform>середня позиція %1 (%n заяви з позицією)</numerusform>
            <numerusform>середня позиція %1 (%n заяв з позицією)</numerusform>
        </translation>
    </message>
    <message>
        <source>no claim gives a position</source>
        <translation>жодна заява не містить позиції</translation>
    </message>
    <message numerus="yes">
        <source>%n of them by members</source>
        <translation>
            <numerusform>з них %n — від членів</numerusform>
            <numerusform>з них %n — від членів</numerusform>
            <numerusform>з них %n — від членів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>stance and its count in a matrix cell&apos;s tooltip</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClaimToolTip</name>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Position %1</source>
        <extracomment>The claim&apos;s position: a number on the topic&apos;s scale, not a place.</extracomment>
        <translation>Позиція %1</translation>
    </message>
    <message>
        <source>%1 (actor)</source>
        <translation>%1 (актор)</translation>
    </message>
    <message>
        <source>%1 (topic)</source>
        <translation>%1 (тема)</translation>
    </message>
</context>
<context>
    <name>ClaimsExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не вдалося записати: %2</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: експорт скасовано</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файлу не існує</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: це тека, а не файл</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: рядок %2, стовпець «%3»: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» не є цілим числом</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 виходить за межі %2 … %3</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project (use --create-missing to create it)</source>
        <translation>у проєкті немає актора з назвою «%1» (щоб створити його, додайте --create-missing)</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project (use --create-missing to create it)</source>
        <translation>у проєкті немає теми з назвою «%1» (щоб створити її, додайте --create-missing)</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>у проєкті немає документа з ідентифікатором %1</translation>
    </message>
    <message>
        <source>does not match the document text at %1–%2, which reads “%3”</source>
        <translation>не збігається з текстом документа на відрізку %1–%2, де написано «%3»</translation>
    </message>
    <message>
        <source>is empty; every claim needs an actor</source>
        <translation>порожнє; кожна заява повинна мати актора</translation>
    </message>
    <message>
        <source>is empty; every claim needs a topic</source>
        <translation>порожнє; кожна заява повинна мати тему</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos;; expected one of %2</source>
        <translation>невідомий тип заяви «%1»; очікується одне з: %2</translation>
    </message>
    <message>
        <source>unknown attribution &apos;%1&apos;; expected one of %2</source>
        <translation>невідома атрибуція «%1»; очікується одне з: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>«%1» не є датою й часом (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: is empty; expected a header row and claims</source>
        <translation>%1: файл порожній; очікуються рядок заголовків і заяви</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing</source>
        <translation>%1: бракує стовпця «%2»</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1: рядок %2</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation>%1: стовпець «%2» трапляється двічі (стовпці %3 і %4)</translation>
    </message>
    <message>
        <source>%1: row %2 has a value in field %3, but the header names only %4 columns</source>
        <translation>%1: рядок %2 має значення в полі %3, але в заголовку названо лише стовпців: %4</translation>
    </message>
    <message>
        <source>%1: is a disk device, not a file</source>
        <translation>%1: це дисковий пристрій, а не файл</translation>
    </message>
    <message>
        <source>%1: is a socket; give a file or a pipe</source>
        <translation>%1: це сокет; укажіть файл або канал</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: не є файлом</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>назва файлу порожня</translation>
    </message>
    <message>
        <source>%1: is the open project itself</source>
        <translation>%1: це і є відкритий проєкт</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: перевищує обмеження в %2 МБ</translation>
    </message>
    <message>
        <source>%1: nothing arrived for %2 seconds; is a program writing to it?</source>
        <translation>%1: протягом %2 с нічого не надійшло; чи записує туди якась програма?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--stance: &apos;%1&apos; is not one of %2</source>
        <translation>--stance: «%1» не належить до %2</translation>
    </message>
    <message>
        <source>--attribution: &apos;%1&apos; is not one of %2</source>
        <translation>--attribution: «%1» не належить до %2</translation>
    </message>
    <message>
        <source>--position: %1 is outside -100 … 100</source>
        <translation>--position: %1 виходить за межі -100 … 100</translation>
    </message>
    <message>
        <source>--salience: %1 is outside 1 … 5</source>
        <translation>--salience: %1 виходить за межі 1 … 5</translation>
    </message>
    <message>
        <source>--occurrence: counts from 1</source>
        <translation>--occurrence: лік починається з 1</translation>
    </message>
    <message>
        <source>--quote: “%1” is not in document %2</source>
        <translation>--quote: «%1» немає в документі %2</translation>
    </message>
    <message>
        <source>--quote: “%1” does not occur %3 times in document %2</source>
        <translation>--quote: кількість входжень «%1» у документі %2 менша за %3</translation>
    </message>
    <message>
        <source>claim add: --%1 is required</source>
        <translation>claim add: потрібен параметр --%1</translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id</source>
        <translation>--doc: «%1» не є ідентифікатором документа</translation>
    </message>
    <message>
        <source>Marks a claim; prints its id.</source>
        <translation>Позначає заяву; виводить її ідентифікатор.</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>Ідентифікатор документа.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The text of the claim, as it stands.</source>
        <translation>Текст заяви, дослівно.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (from 1).</source>
        <translation>Котре входження цитати (від 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start offset in code points.</source>
        <translation>Початковий зсув у кодових точках.</translation>
    </message>
    <message>
        <source>End offset in code points (exclusive).</source>
        <translation>Кінцевий зсув у кодових точках (не включно).</translation>
    </message>
    <message>
        <source>Who holds the position.</source>
        <translation>Хто обстоює позицію.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>Чого вона стосується.</translation>
    </message>
    <message>
        <source>Whom it addresses.</source>
        <translation>До кого вона звернена.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>-100 … 100 on the topic&apos;s scale.</source>
        <translation>-100 … 100 на шкалі теми.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>1 … 5 (default 3).</source>
        <translation>1 … 5 (типово 3).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>Примітка аналітика.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файл CSV для запису.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Почати з позначки порядку байтів (для Excel).</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @ with an apostrophe.</source>
        <translation>Не додавати апостроф перед клітинками, що починаються з = + - @.</translation>
    </message>
    <message>
        <source>Only this actor&apos;s claims (repeatable).</source>
        <translation>Лише заяви цього актора (можна повторювати).</translation>
    </message>
    <message>
        <source>Only claims on this topic (repeatable).</source>
        <translation>Лише заяви на цю тему (можна повторювати).</translation>
    </message>
    <message>
        <source>Only claims in this document (repeatable).</source>
        <translation>Лише заяви з цього документа (можна повторювати).</translation>
    </message>
    <message>
        <source>Reads claims back from a CSV in the export format; all rows or none.</source>
        <translation>Зчитує заяви з CSV у форматі експорту; імпортуються всі рядки або жоден.</translation>
    </message>
    <message>
        <source>Create actors and topics the project does not have.</source>
        <translation>Створити актори й теми, яких немає в проєкті.</translation>
    </message>
    <message>
        <source>Demarche %1: mark what actors say in articles, compare their positions, export them to CSV.

Usage:
</source>
        <translation>Demarche %1: позначайте, що кажуть актори в статтях, порівнюйте їхні позиції, експортуйте їх у CSV.

Використання:
</translation>
    </message>
    <message>
        <source>Usage: %1
%2
</source>
        <translation>Використання: %1
%2
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не вказано команду</translation>
    </message>
    <message>
        <source>unknown sub-command in “%1”</source>
        <translation>невідома підкоманда в «%1»</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation>Описує цю команду.</translation>
    </message>
    <message>
        <source>%1: missing arguments; usage: %2</source>
        <translation>%1: бракує аргументів; використання: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3</source>
        <translation>%1: неочікуваний аргумент «%2»; використання: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: «%2» не є цілим числом</translation>
    </message>
    <message>
        <source>--color: &apos;%1&apos; is not a colour like #1f77b4</source>
        <translation>--color: «%1» не є кольором на зразок #1f77b4</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project</source>
        <translation>у проєкті немає актора з назвою «%1»</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project</source>
        <translation>у проєкті немає теми з назвою «%1»</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: «%1» не належить до %2</translation>
    </message>
    <message>
        <source>Highlight colour.</source>
        <translation>Колір виділення.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>The parent it rolls up to.</source>
        <translation>Батьківський запис, до якого його зараховують.</translation>
    </message>
    <message>
        <source>Adds an actor; prints its id.</source>
        <translation>Додає актора; виводить його ідентифікатор.</translation>
    </message>
    <message>
        <source>state, organisation, person or faction.</source>
        <translation>state (держава), organisation (організація), person (особа) або faction (угруповання).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Adds a topic; prints its id.</source>
        <translation>Додає тему; виводить її ідентифікатор.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>середнє</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>відстань</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.
</source>
        <translation>Жоден з акторів не має заяв на ці теми.
</translation>
    </message>
    <message>
        <source>compare: give exactly two --actor options</source>
        <translation>compare: укажіть рівно два параметри --actor</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, json</source>
        <translation>--format: «%1» не належить до table, json</translation>
    </message>
    <message>
        <source>Compares two actors&apos; positions topic by topic.</source>
        <translation>Порівнює позиції двох акторів за темами.</translation>
    </message>
    <message>
        <source>One of the two actors (give it twice).</source>
        <translation>Один із двох акторів (укажіть двічі).</translation>
    </message>
    <message>
        <source>Only this topic (repeatable).</source>
        <translation>Лише ця тема (можна повторювати).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Count only the actors&apos; own claims, not those of their members.</source>
        <translation>Враховувати лише власні заяви акторів, без заяв їхніх членів.</translation>
    </message>
    <message>
        <source>Also write the comparison to this CSV file.</source>
        <translation>Також записати порівняння в цей файл CSV.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark, for Excel.</source>
        <translation>Почати CSV з позначки порядку байтів (для Excel).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (типово) або json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list: &apos;%1&apos; is not one of documents, actors, topics, claims</source>
        <translation>list: «%1» не належить до documents, actors, topics, claims</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, csv, json</source>
        <translation>--format: «%1» не належить до table, csv, json</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date like 2024-03-31</source>
        <translation>--date: «%1» не є датою на зразок 2024-03-31</translation>
    </message>
    <message>
        <source>--title: give one file when naming its title</source>
        <translation>--title: щоб задати назву, вкажіть один файл</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id</source>
        <translation>«%1» не є ідентифікатором документа</translation>
    </message>
    <message>
        <source>Creates a project file with the default topics (Ukraine, Syria, Iran).</source>
        <translation>Створює файл проєкту з типовими темами (Україна, Сирія, Іран).</translation>
    </message>
    <message>
        <source>The document&apos;s title.</source>
        <translation>Назва документа.</translation>
    </message>
    <message>
        <source>Where it was published.</source>
        <translation>Де його опубліковано.</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Його адреса.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Publication date.</source>
        <translation>Дата публікації.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Import text that is already in the project.</source>
        <translation>Імпортувати текст, який уже є в проєкті.</translation>
    </message>
    <message>
        <source>Writes a document&apos;s canonical text, byte for byte, to standard output.</source>
        <translation>Виводить канонічний текст документа, байт у байт, у стандартний вивід.</translation>
    </message>
    <message>
        <source>Lists what the project holds.</source>
        <translation>Перелічує вміст проєкту.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (типово), csv або json.</translation>
    </message>
    <message>
        <source>report: give exactly two --actor options</source>
        <translation>report: укажіть рівно два параметри --actor</translation>
    </message>
    <message>
        <source>report: give --pdf OUT or --html OUT (or both)</source>
        <translation>report: укажіть --pdf OUT або --html OUT (або обидва)</translation>
    </message>
    <message>
        <source>matrix: give --csv OUT</source>
        <translation>matrix: укажіть --csv OUT</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Записати звіт як PDF формату A4.</translation>
    </message>
    <message>
        <source>Write the report as one HTML file.</source>
        <translation>Записати звіт як один файл HTML.</translation>
    </message>
    <message>
        <source>Write the matrix to this CSV file.</source>
        <translation>Записати матрицю в цей файл CSV.</translation>
    </message>
    <message>
        <source>Writes a printable report comparing two actors, with the quotes as evidence.</source>
        <translation>Записує придатний до друку звіт, що порівнює двох акторів, з цитатами як підтвердженням.</translation>
    </message>
    <message>
        <source>Writes the actor × topic matrix (claims, stances, mean positions) to CSV.</source>
        <translation>Записує матрицю «актор × тема» (заяви, типи заяв, середні позиції) у CSV.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date like 2024-03-31</source>
        <translation>--%1: «%2» не є датою на зразок 2024-03-31</translation>
    </message>
    <message>
        <source>Only documents published on or after this date; undated documents are then left out.</source>
        <translation>Лише документи, опубліковані цього дня або пізніше; документи без дати тоді не враховуються.</translation>
    </message>
    <message>
        <source>Only documents published on or before this date; undated documents are then left out.</source>
        <translation>Лише документи, опубліковані цього дня або раніше; документи без дати тоді не враховуються.</translation>
    </message>
    <message>
        <source>Only claims of this stance (repeatable): %1.</source>
        <translation>Лише заяви цього типу (можна повторювати): %1.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 пізніше за --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported</source>
        <translation>
            <numerusform>імпортовано %n заяву</numerusform>
            <numerusform>імпортовано %n заяви</numerusform>
            <numerusform>імпортовано %n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a claim id</source>
        <translation>«%1» не є ідентифікатором заяви</translation>
    </message>
    <message>
        <source>claim edit: a claim stays in its document</source>
        <translation>claim edit: заява лишається у своєму документі</translation>
    </message>
    <message>
        <source>Changes the given fields of a claim, or moves it within its document.</source>
        <translation>Змінює вказані поля заяви або переміщує її в межах документа.</translation>
    </message>
    <message>
        <source>Removes claims: all of them, or none when one is missing.</source>
        <translation>Вилучає заяви: усі вказані або жодної, якщо однієї бракує.</translation>
    </message>
    <message>
        <source>%1: give either --quote or both --start and --end</source>
        <translation>%1: укажіть або --quote, або і --start, і --end</translation>
    </message>
    <message>
        <source>%1: --start and --end go together</source>
        <translation>%1: --start і --end вказують разом</translation>
    </message>
    <message>
        <source>  demarche-cli --help | --version

&quot;demarche-cli COMMAND --help&quot; describes a command&apos;s options.
Offsets (--start, --end, and the start/end columns) count Unicode code points.
Names of actors and topics are matched without regard to case or to how an accent
is encoded.
A file or name that begins with - goes after --, which ends the options (demarche-cli import p.demarche -- -notes.txt).
An output named - is standard output; pipes and devices are written into, regular files replaced only when complete.

Exit codes: 0 success, 1 usage error, 2 bad input or data, 3 project cannot be opened.
</source>
        <translation>  demarche-cli --help | --version

&quot;demarche-cli COMMAND --help&quot; описує параметри команди.
Зсуви (--start, --end і стовпці start/end) рахуються в кодових точках Unicode.
Назви акторів і тем порівнюються без урахування регістру і того, як закодовано
діакритичні знаки.
Файл або назву, що починається з -, указують після --, яке завершує параметри (demarche-cli import p.demarche -- -notes.txt).
Вивід з назвою - — це стандартний вивід; у канали й пристрої дані записуються напряму, а звичайні файли замінюються лише після завершення запису.

Коди виходу: 0 — успіх, 1 — помилка використання, 2 — хибні вхідні дані, 3 — не вдалося відкрити проєкт.
</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”; a file or name that begins with - goes after --</source>
        <translation>%1: невідомий параметр «%2»; файл або назву, що починається з -, указують після --</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n член</numerusform>
            <numerusform>%n члени</numerusform>
            <numerusform>%n членів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-topic(s)</source>
        <translation>
            <numerusform>%n підтема</numerusform>
            <numerusform>%n підтеми</numerusform>
            <numerusform>%n підтем</numerusform>
        </translation>
    </message>
    <message>
        <source>--reassign-to: “%1” is the one removed</source>
        <translation>--reassign-to: «%1» — це саме той запис, що вилучається</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the given fields of an actor; --alias replaces its aliases.</source>
        <translation>Змінює вказані поля актора; --alias замінює його інші назви.</translation>
    </message>
    <message>
        <source>Removes an actor; refused while claims or members use it, unless they are reassigned.</source>
        <translation>Вилучає актора; не дозволено, поки на нього посилаються заяви або члени, якщо їх не перенесено.</translation>
    </message>
    <message>
        <source>Move its claims (as holder or target) and its members to this actor first.</source>
        <translation>Спершу перенести його заяви (як автора чи адресата) і його членів до цього актора.</translation>
    </message>
    <message>
        <source>Changes the given fields of a topic; --keyword replaces its keywords.</source>
        <translation>Змінює вказані поля теми; --keyword замінює її ключові слова.</translation>
    </message>
    <message>
        <source>Removes a topic; refused while claims or sub-topics use it, unless they are reassigned.</source>
        <translation>Вилучає тему; не дозволено, поки на неї посилаються заяви або підтеми, якщо їх не перенесено.</translation>
    </message>
    <message>
        <source>Move its claims and sub-topics to this topic first.</source>
        <translation>Спершу перенести її заяви й підтеми до цієї теми.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Нова назва.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Make it top-level: it rolls up to nothing.</source>
        <translation>Зробити записом верхнього рівня, що ні до чого не зараховується.</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 і --%2 виключають одне одного</translation>
    </message>
    <message>
        <source>--parent and --no-parent exclude each other</source>
        <translation>--parent і --no-parent виключають одне одного</translation>
    </message>
    <message>
        <source>Another name for it (repeatable); an edit replaces them all.</source>
        <translation>Інша назва (можна повторювати); редагування замінює всі наявні.</translation>
    </message>
    <message>
        <source>Remove all its aliases.</source>
        <translation>Вилучити всі інші назви.</translation>
    </message>
    <message>
        <source>A word that cues it (repeatable); an edit replaces them all.</source>
        <translation>Ключове слово, що вказує на тему (можна повторювати); редагування замінює всі наявні.</translation>
    </message>
    <message>
        <source>Remove all its keywords.</source>
        <translation>Вилучити всі ключові слова.</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>стандартний вивід: не вдалося записати: %1</translation>
    </message>
    <message>
        <source>Lists where the codebook&apos;s names, aliases and keywords occur in a document (code points, end exclusive).</source>
        <translation>Показує, де в документі трапляються назви, інші назви й ключові слова з кодової книги (кодові точки, кінець не включно).</translation>
    </message>
    <message>
        <source>Changes the given details of a document; an empty --source, --url or --date clears it.</source>
        <translation>Змінює вказані відомості про документ; порожнє значення --source, --url чи --date їх очищує.</translation>
    </message>
    <message>
        <source>Removes documents and their claims: all of them, or none when one is missing.</source>
        <translation>Вилучає документи разом із заявами: усі вказані або жодного, якщо одного бракує.</translation>
    </message>
    <message>
        <source>Imports %1 articles; prints &quot;id&lt;TAB&gt;title&quot; for each new one.</source>
        <translation>Імпортує статті (%1); для кожної нової виводить &quot;id&lt;TAB&gt;title&quot;.</translation>
    </message>
    <message>
        <source>What a position of -100 means on this topic.</source>
        <translation>Що означає позиція -100 у цій темі.</translation>
    </message>
    <message>
        <source>What a position of +100 means on this topic.</source>
        <translation>Що означає позиція +100 у цій темі.</translation>
    </message>
    <message>
        <source>How to score positions on this topic.</source>
        <translation>Як оцінювати позиції в цій темі.</translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) created</source>
        <translation>
            <numerusform>створено %n актора</numerusform>
            <numerusform>створено %n актори</numerusform>
            <numerusform>створено %n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) created</source>
        <translation>
            <numerusform>створено %n тему</numerusform>
            <numerusform>створено %n теми</numerusform>
            <numerusform>створено %n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>actor “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the actor: &quot;2 claims and 1 member&quot;</extracomment>
        <translation>на актора «%1» ще посилаються: %2; щоб перенести їх, укажіть --reassign-to NAME</translation>
    </message>
    <message>
        <source>topic “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the topic: &quot;1 claim and 2 sub-topics&quot;</extracomment>
        <translation>на тему «%1» ще посилаються: %2; щоб перенести їх, укажіть --reassign-to NAME</translation>
    </message>
    <message>
        <source>export: give --csv OUT or --qdpx OUT (or both)</source>
        <translation>export: укажіть --csv OUT або --qdpx OUT (або обидва)</translation>
    </message>
    <message>
        <source>Exports claims to CSV (RFC 4180, UTF-8), the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo, or both; each file is replaced only when complete.</source>
        <translation>Експортує заяви в CSV (RFC 4180, UTF-8), увесь проєкт — як проєкт REFI-QDA (.qdpx) для QualCoder, MAXQDA, ATLAS.ti чи NVivo, або і те, і те; кожен файл замінюється лише після завершення запису.</translation>
    </message>
    <message>
        <source>The REFI-QDA project to write: every document, the codebook and every claim (the filters below apply to the CSV only).</source>
        <translation>Проєкт REFI-QDA для запису: усі документи, кодова книга й усі заяви (фільтри нижче стосуються лише CSV).</translation>
    </message>
    <message>
        <source>network: give --kind congruence, conflict or affiliation</source>
        <translation>network: укажіть --kind congruence, conflict або affiliation</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of congruence, conflict, affiliation</source>
        <translation>--kind: «%1» не належить до congruence, conflict, affiliation</translation>
    </message>
    <message>
        <source>network: give --graphml OUT</source>
        <translation>network: укажіть --graphml OUT</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n вузол</numerusform>
            <numerusform>%n вузли</numerusform>
            <numerusform>%n вузлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>congruence, conflict or affiliation. m(i,j) is the salience-weighted mean position of actor i&apos;s claims on topic j that have a position. Congruence of actors i and k is the sum, over the topics where both have a mean, of 1 - |m(i,j) - m(k,j)| / 200; conflict is the sum of |m(i,j) - m(k,j)| / 200; two actors are joined where the weight is above 0. Affiliation joins each actor to each topic it has claims on, weighted by their number, with the mean position.</source>
        <translation>congruence (узгодженість), conflict (конфлікт) або affiliation (належність). m(i,j) — середня позиція заяв актора i щодо теми j, які мають позицію, зважена за вагомістю. Узгодженість акторів i та k — сума за темами, щодо яких обидва мають середню, значень 1 - |m(i,j) - m(k,j)| / 200; конфлікт — сума |m(i,j) - m(k,j)| / 200; двох акторів пов’язують, якщо вага більша за 0. Належність пов’язує кожного актора з кожною темою, щодо якої він має заяви, з вагою, що дорівнює їхній кількості, і з середньою позицією.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Write the network to this GraphML file (Gephi, visone).</source>
        <translation>Записати мережу в цей файл GraphML (Gephi, visone).</translation>
    </message>
    <message>
        <source>Only this topic and its sub-topics (repeatable).</source>
        <translation>Лише ця тема та її підтеми (можна повторювати).</translation>
    </message>
    <message>
        <source>Make every actor a node of its own; by default members count as their top-level actor (a minister as his state).</source>
        <translation>Зробити кожного актора окремим вузлом; типово члени враховуються для свого актора найвищого рівня (міністр — для своєї держави).</translation>
    </message>
    <message>
        <source>Writes who agrees with whom as a GraphML network for Gephi or visone.</source>
        <translation>Записує, хто з ким погоджується, як мережу GraphML для Gephi чи visone.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>додано %n документ</numerusform>
            <numerusform>додано %n документи</numerusform>
            <numerusform>додано %n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новий актор</numerusform>
            <numerusform>%n нові актори</numerusform>
            <numerusform>%n нових акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n нова тема</numerusform>
            <numerusform>%n нові теми</numerusform>
            <numerusform>%n нових тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>додано %n заяву</numerusform>
            <numerusform>додано %n заяви</numerusform>
            <numerusform>додано %n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: nothing was lost.</source>
        <translation>Звіт про втрати: нічого не втрачено.</translation>
    </message>
    <message numerus="yes">
        <source>Loss report: %n item(s)</source>
        <translation>
            <numerusform>Звіт про втрати: %n елемент</numerusform>
            <numerusform>Звіт про втрати: %n елементи</numerusform>
            <numerusform>Звіт про втрати: %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo) in one step, making PROJECT when it does not exist; prints what was added and the loss report.</source>
        <translation>Імпортує проєкт REFI-QDA (QualCoder, MAXQDA, ATLAS.ti, NVivo) за один крок, створюючи PROJECT, якщо його не існує; виводить, що додано, і звіт про втрати.</translation>
    </message>
    <message>
        <source>The code whose subcodes are actors (its name, or its path as in Codes/Actors); every other code becomes a topic.</source>
        <translation>Код, підкоди якого є акторами (його назва або шлях, як-от Codes/Actors); усі інші коди стають темами.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Add claim</source>
        <translation>додавання заяви</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>імпорт «%1»</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>редагування заяви</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>редагування відомостей про документ</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s); reassign them first</source>
        <translation>
            <numerusform>на «%1» посилається %n заява; спершу перенесіть її</numerusform>
            <numerusform>на «%1» посилаються %n заяви; спершу перенесіть їх</numerusform>
            <numerusform>на «%1» посилаються %n заяв; спершу перенесіть їх</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry cannot be merged into itself</source>
        <translation>запис не можна об’єднати з ним самим</translation>
    </message>
    <message>
        <source>Add actor “%1”</source>
        <translation>додавання актора «%1»</translation>
    </message>
    <message>
        <source>Edit actor “%1”</source>
        <translation>редагування актора «%1»</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>видалення актора «%1»</translation>
    </message>
    <message>
        <source>Merge actor “%1” into “%2”</source>
        <translation>об’єднання актора «%1» з «%2»</translation>
    </message>
    <message>
        <source>Reorder actors</source>
        <translation>зміну порядку акторів</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>додавання теми «%1»</translation>
    </message>
    <message>
        <source>Edit topic “%1”</source>
        <translation>редагування теми «%1»</translation>
    </message>
    <message>
        <source>Delete topic “%1”</source>
        <translation>видалення теми «%1»</translation>
    </message>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>об’єднання теми «%1» з «%2»</translation>
    </message>
    <message>
        <source>Reorder topics</source>
        <translation>зміну порядку тем</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>вилучення документа</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>вилучення «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>видалення %n заяви</numerusform>
            <numerusform>видалення %n заяв</numerusform>
            <numerusform>видалення %n заяв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>there is no actor with id %1</source>
        <translation>немає актора з ідентифікатором %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself; choose two different actors</source>
        <translation>%1 не можна порівняти з самим собою; виберіть двох різних акторів</translation>
    </message>
    <message>
        <source>there is no topic with id %1</source>
        <translation>немає теми з ідентифікатором %1</translation>
    </message>
    <message>
        <source>Could not write the comparison to %1: %2</source>
        <translation>Не вдалося записати порівняння в %1: %2</translation>
    </message>
    <message>
        <source>the date range has an invalid date</source>
        <translation>діапазон дат містить недійсну дату</translation>
    </message>
    <message>
        <source>there is no document with id %1</source>
        <translation>немає документа з ідентифікатором %1</translation>
    </message>
    <message>
        <source>Could not write the matrix to %1: %2</source>
        <translation>Не вдалося записати матрицю в %1: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Не вдалося записати звіт у %1: %2</translation>
    </message>
    <message>
        <source>Positions of %1 and %2</source>
        <translation>Позиції: %1 і %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Звіт від %1</translation>
    </message>
    <message>
        <source>Project %1 · report of %2</source>
        <translation>Проєкт %1 · звіт від %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>будь-яка дата</translation>
    </message>
    <message>
        <source>from %1 to %2; undated documents left out</source>
        <translation>з %1 по %2; документи без дати не враховано</translation>
    </message>
    <message>
        <source>from %1 on; undated documents left out</source>
        <translation>з %1; документи без дати не враховано</translation>
    </message>
    <message>
        <source>until %1; undated documents left out</source>
        <translation>по %1; документи без дати не враховано</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>all topics</source>
        <translation>усі теми</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>усі документи</translation>
    </message>
    <message>
        <source>Publication dates</source>
        <translation>Дати публікації</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Типи заяв</translation>
    </message>
    <message>
        <source>all stances</source>
        <translation>усі типи заяв</translation>
    </message>
    <message>
        <source>Members&apos; claims</source>
        <translation>Заяви членів</translation>
    </message>
    <message>
        <source>counted for their actor (a minister for his state)</source>
        <translation>зараховано до їхнього актора (заяви міністра — до його держави)</translation>
    </message>
    <message>
        <source>not counted; only each actor&apos;s own claims</source>
        <translation>не зараховано; лише власні заяви кожного актора</translation>
    </message>
    <message>
        <source>Positions by topic</source>
        <translation>Позиції за темами</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.</source>
        <translation>Жоден з акторів не має заяв на ці теми.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>mean position</source>
        <translation>середня позиція</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>у межах теми «%1»</translation>
    </message>
    <message>
        <source>both spoke</source>
        <translation>висловилися обидва</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>лише %1</translation>
    </message>
    <message>
        <source>%1; distance %2</source>
        <translation>%1; відстань %2</translation>
    </message>
    <message>
        <source>No claims on this topic.</source>
        <translation>Немає заяв на цю тему.</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>заяв: %1</translation>
    </message>
    <message>
        <source>mean position %1</source>
        <translation>середня позиція %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>position %1, salience %2</source>
        <translation>позиція %1, вагомість %2</translation>
    </message>
    <message>
        <source>Scale not defined</source>
        <translation>Шкалу не визначено</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Шкала: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Mean positions are weighted by salience, on each topic&apos;s scale from −100 to 100 (its ends under its name); claims without a position count in the claims but not in the mean. Topics where neither actor spoke are left out.</source>
        <translation>Середні позиції зважено за вагомістю й подано за шкалою кожної теми від −100 до 100 (її полюси вказано під назвою теми); заяви без позиції враховано в кількості заяв, але не в середньому значенні. Теми, щодо яких жоден з акторів не висловився, не наведено.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quote from an article, in this language&apos;s quotation marks</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>p. %1</source>
        <extracomment>The page of the article a quote is on: &quot;p. 3&quot;</extracomment>
        <translation>с. %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file contains NUL bytes; it is binary data or UTF-16 text, not UTF-8 CSV</source>
        <translation>файл містить байти NUL; це двійкові дані або текст UTF-16, а не CSV в UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>файл містить текст UTF-16; збережіть його як «CSV UTF-8» і спробуйте ще раз</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opens on line %1)</source>
        <translation>незакрите поле в лапках (лапки відкрито в рядку %1)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>текст після закривних лапок поля %1 (лапки всередині поля в лапках треба подвоювати: &quot;&quot;)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: рядок %2: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1, byte %2 of the file); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>текст не є коректним UTF-8 (рядок %1, байт %2 файлу); збережіть його як «CSV UTF-8» і спробуйте ще раз</translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation>файл не відкрито для запису</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Не вдалося записати дані CSV: %1</translation>
    </message>
</context>
<context>
    <name>DefaultTopics</name>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирія</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Іран</translation>
    </message>
    <message>
        <source>Full Ukrainian sovereignty over all its territory</source>
        <translation>Повний суверенітет України над усією її територією</translation>
    </message>
    <message>
        <source>Russian control of the annexed regions and a neutral Ukraine</source>
        <translation>Контроль Росії над анексованими регіонами та нейтральна Україна</translation>
    </message>
    <message>
        <source>Score the settlement the speaker wants: territory, neutrality, security guarantees. 0 is a ceasefire on the current line with the rest left open.</source>
        <translation>Оцінюйте врегулювання, якого прагне мовець: територія, нейтралітет, гарантії безпеки. 0 — припинення вогню на нинішній лінії, а решта питань лишається відкритою.</translation>
    </message>
    <message>
        <source>No dealings with Damascus before a political transition</source>
        <translation>Жодних контактів з Дамаском до політичного переходу</translation>
    </message>
    <message>
        <source>Full normalisation with the government in Damascus</source>
        <translation>Повна нормалізація відносин з урядом у Дамаску</translation>
    </message>
    <message>
        <source>Reconstruction money, sanctions relief and recognition count as dealings; humanitarian access alone does not move a position.</source>
        <translation>Кошти на відбудову, пом’якшення санкцій і визнання вважаються контактами; сам лише гуманітарний доступ позиції не змінює.</translation>
    </message>
    <message>
        <source>Pressure alone: sanctions and isolation, no talks</source>
        <translation>Лише тиск: санкції та ізоляція, без переговорів</translation>
    </message>
    <message>
        <source>Talks and engagement without conditions</source>
        <translation>Переговори й взаємодія без попередніх умов</translation>
    </message>
    <message>
        <source>Conditions set before talks (inspections first, limits on enrichment) move a position towards 0.</source>
        <translation>Умови, висунуті перед переговорами (спершу інспекції, обмеження збагачення), зсувають позицію до 0.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>the pasted text is empty</source>
        <translation>вставлений текст порожній</translation>
    </message>
    <message>
        <source>the pasted text looks like binary data, not text</source>
        <translation>вставлений текст схожий на двійкові дані, а не на текст</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>вставлений текст</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>offsets %1–%2 are not a span of the text, which has %3 characters</source>
        <translation>зсуви %1–%2 не визначають фрагмент тексту (довжина тексту: %3 симв.)</translation>
    </message>
    <message>
        <source>offsets %1–%2 split a character in two</source>
        <translation>зсуви %1–%2 розрізають символ надвоє</translation>
    </message>
</context>
<context>
    <name>Graphml</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Не вдалося записати мережу в %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Plain text</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>the end of a list of file suffixes: %1 is &quot;.txt, .md&quot;, %2 is &quot;.html&quot;</extracomment>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list of file suffixes: %1 is &quot;.txt, .md&quot;, %2 is &quot;.html&quot;</extracomment>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>DOCX</source>
        <translation>DOCX</translation>
    </message>
    <message>
        <source>ODT</source>
        <translation>ODT</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Створити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Project</source>
        <translation>Відкрити &amp;демонстраційний проєкт</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Зберегти проєкт &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрити проєкт</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Імпортувати документи…</translation>
    </message>
    <message>
        <source>&amp;Export Claims to CSV…</source>
        <translation>&amp;Експортувати заяви в CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>Вст&amp;авити як новий документ</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>По&amp;значити виділене…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Видалити заяву</translation>
    </message>
    <message>
        <source>Document Pr&amp;operties…</source>
        <translation>Властивості &amp;документа…</translation>
    </message>
    <message>
        <source>Show C&amp;ues</source>
        <translation>Показувати маркер&amp;и</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Demarche</source>
        <translation>П&amp;ро Demarche</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Перейти до докуме&amp;нтів</translation>
    </message>
    <message>
        <source>Go to Code&amp;book</source>
        <translation>Перейти до &amp;кодової книги</translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation>Перейти до &amp;заяв</translation>
    </message>
    <message>
        <source>Go to the Claim &amp;Inspector</source>
        <translation>Перейти до &amp;інспектора заяви</translation>
    </message>
    <message>
        <source>Underline the codebook&apos;s names, aliases and keywords in the article</source>
        <translation>Підкреслювати в статті назви, інші назви й ключові слова з кодової книги</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 is the step to undo, as Edit ▸ Undo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Скасувати %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 is the step to redo, as Edit ▸ Redo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Повторити %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <extracomment>In the menu File ▸ Import: a whole project from QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;Проєкт REFI-QDA…</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project…</source>
        <extracomment>In the menu File ▸ Export: the whole project for QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;Проєкт REFI-QDA…</translation>
    </message>
    <message>
        <source>Make a new project from a REFI-QDA project (.qdpx) of QualCoder, MAXQDA, ATLAS.ti, NVivo or Demarche</source>
        <translation>Створити новий проєкт на основі проєкту REFI-QDA (.qdpx) з QualCoder, MAXQDA, ATLAS.ti, NVivo чи Demarche</translation>
    </message>
    <message>
        <source>Write the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti and NVivo</source>
        <translation>Записати весь проєкт як проєкт REFI-QDA (.qdpx) для QualCoder, MAXQDA, ATLAS.ti і NVivo</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>Demarche project</source>
        <translation>Проєкт Demarche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>NetworkImageText</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Не вдалося записати мережу в %1: %2</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>не вдалося намалювати зображення</translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message>
        <source>Congruence</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Належність</translation>
    </message>
    <message>
        <source>Congruence: two actors are linked by the topics on which both took a position; each such topic adds 1 − |difference of their mean positions| / 200, so full agreement adds 1.</source>
        <translation>Узгодженість: двох акторів пов’язують теми, щодо яких обидва висловили позицію; кожна така тема додає 1 − |різниця їхніх середніх позицій| / 200, тож повна згода додає 1.</translation>
    </message>
    <message>
        <source>Conflict: two actors are linked by the topics on which both took a position; each such topic adds |difference of their mean positions| / 200, so opposite extremes add 1.</source>
        <translation>Конфлікт: двох акторів пов’язують теми, щодо яких обидва висловили позицію; кожна така тема додає |різниця їхніх середніх позицій| / 200, тож протилежні крайнощі додають 1.</translation>
    </message>
    <message>
        <source>Affiliation: each actor is linked to the topics it made claims on, weighted by the number of claims.</source>
        <translation>Належність: кожного актора пов’язано з темами, щодо яких він робив заяви, з вагою, що дорівнює кількості заяв.</translation>
    </message>
    <message>
        <source>Means are weighted by salience.</source>
        <translation>Середні зважено за вагомістю.</translation>
    </message>
    <message>
        <source>Members count as their top-level actor.</source>
        <translation>Члени враховуються для свого актора найвищого рівня.</translation>
    </message>
    <message>
        <source>Every actor counts on its own, members included.</source>
        <translation>Кожен актор враховується окремо, зокрема й члени.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>actor on topic</comment>
        <translation>%1 — тема «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean position: %1</source>
        <translation>Середня позиція: %1</translation>
    </message>
    <message>
        <source>No claim with a position</source>
        <translation>Немає заяв із позицією</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>two actors</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Congruence: %1</source>
        <translation>Узгодженість: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Конфлікт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %n topic(s): %1</source>
        <translation>
            <numerusform>За %n темою: %1</numerusform>
            <numerusform>За %n темами: %1</numerusform>
            <numerusform>За %n темами: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Topic
%2</source>
        <comment>name, the word topic, claims</comment>
        <translation>%1
Тема
%2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <comment>name, kind of actor, claims</comment>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: is a project or another SQLite database; writing there would destroy it, so choose another file</source>
        <translation>%1: це проєкт або інша база даних SQLite; запис туди знищив би її, тож виберіть інший файл</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>не вказано вихідного файлу</translation>
    </message>
    <message>
        <source>%1: is the open project itself; choose another file</source>
        <translation>%1: це і є відкритий проєкт; виберіть інший файл</translation>
    </message>
    <message>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1: це тека; вкажіть назву файлу</translation>
    </message>
    <message>
        <source>%1: is neither a file, a pipe nor a character device</source>
        <translation>%1: не є ні файлом, ні каналом, ні символьним пристроєм</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не вдалося записати: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартний вивід</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>файл не відкрито</translation>
    </message>
    <message>
        <source>%1: is a pipe or a device; this format can only be written to a file</source>
        <translation>%1: це канал або пристрій; цей формат можна записати лише у файл</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Не вдалося записати PDF %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>laying out pages needs the graphical libraries (a QGuiApplication), which are not running</source>
        <translation>для верстки сторінок потрібні графічні бібліотеки (QGuiApplication), а їх не запущено</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>не вдалося намалювати сторінки</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Demarche projects (*.demarche);;All files (*)</source>
        <translation>Проєкти Demarche (*.demarche);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Не вдалося відкрити проєкт.

%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Не вдалося створити проєкт.

%1</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Демонстраційний проєкт</translation>
    </message>
    <message>
        <source>The sample project could not be created.

%1</source>
        <translation>Не вдалося створити демонстраційний проєкт.

%1</translation>
    </message>
    <message>
        <source>Untitled.demarche</source>
        <translation>Без назви.demarche</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Зберегти проєкт як</translation>
    </message>
    <message>
        <source>%1 copy.demarche</source>
        <translation>%1 копія.demarche</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>Не вдалося зберегти копію.

%1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1 уже існує. Виберіть іншу назву або відкрийте цей проєкт командою Файл ▸ Відкрити проєкт….</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: файлу проєкту не існує</translation>
    </message>
    <message>
        <source>%1: is a directory, not a project file</source>
        <translation>%1: це тека, а не файл проєкту</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: is empty, not a Demarche project</source>
        <translation>%1: файл порожній, це не проєкт Demarche</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (not an SQLite database)</source>
        <translation>%1: не є проєктом Demarche (не база даних SQLite)</translation>
    </message>
    <message>
        <source>%1: the SQLite driver for Qt is missing</source>
        <translation>%1: немає драйвера SQLite для Qt</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: уже існує; виберіть іншу назву</translation>
    </message>
    <message>
        <source>%1: the project is locked by another program</source>
        <translation>%1: проєкт заблоковано іншою програмою</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Demarche project (%2)</source>
        <translation>%1: пошкоджений або не є проєктом Demarche (%2)</translation>
    </message>
    <message>
        <source>%1: is damaged: %2</source>
        <translation>%1: пошкоджений: %2</translation>
    </message>
    <message>
        <source>%1: is an SQLite database but not a Demarche project</source>
        <translation>%1: це база даних SQLite, але не проєкт Demarche</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Demarche (project format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1: збережено новішою версією Demarche (формат проєкту %2; ця версія читає формати до %3). Файл лишився без змін.</translation>
    </message>
    <message>
        <source>%1: the change was not saved</source>
        <translation>%1: зміну не збережено</translation>
    </message>
    <message>
        <source>the claim has no actor</source>
        <translation>заява не має актора</translation>
    </message>
    <message>
        <source>the claim has no topic</source>
        <translation>заява не має теми</translation>
    </message>
    <message>
        <source>the target actor must differ from the actor who holds the claim</source>
        <translation>адресат має відрізнятися від актора — автора заяви</translation>
    </message>
    <message>
        <source>position %1 is outside %2 … %3</source>
        <translation>позиція %1 виходить за межі %2 … %3</translation>
    </message>
    <message>
        <source>salience %1 is outside %2 … %3</source>
        <translation>вагомість %1 виходить за межі %2 … %3</translation>
    </message>
    <message>
        <source>the claim&apos;s actor, target or topic is not in the project</source>
        <translation>актора, адресата або тему заяви немає в проєкті</translation>
    </message>
    <message>
        <source>no claim with id %1 in the project</source>
        <translation>у проєкті немає заяви з ідентифікатором %1</translation>
    </message>
    <message>
        <source>%1: the colour is not valid</source>
        <translation>%1: недійсний колір</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent, directly or through others</source>
        <translation>%1 не може бути батьківським записом для самого себе, ні прямо, ні через інші записи</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>«%1» уже існує</translation>
    </message>
    <message>
        <source>%1: the parent actor does not exist</source>
        <translation>%1: батьківського актора не існує</translation>
    </message>
    <message>
        <source>no actor with id %1 in the project</source>
        <translation>у проєкті немає актора з ідентифікатором %1</translation>
    </message>
    <message>
        <source>%1: the parent topic does not exist</source>
        <translation>%1: батьківської теми не існує</translation>
    </message>
    <message>
        <source>no topic with id %1 in the project</source>
        <translation>у проєкті немає теми з ідентифікатором %1</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>у проєкті немає документа з ідентифікатором %1</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>документ не містить тексту</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>документ не має назви</translation>
    </message>
    <message>
        <source>the same text is already in the project as document %1 (“%2”); use --allow-duplicate to import it again</source>
        <translation>такий самий текст уже є в проєкті як документ %1 («%2»); щоб імпортувати його ще раз, додайте --allow-duplicate</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>актор не має назви</translation>
    </message>
    <message>
        <source>the topic has no name</source>
        <translation>тема не має назви</translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2)</source>
        <translation>%1: проєкт пошкоджено (%2)</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1: не вдалося записати копію: %2</translation>
    </message>
    <message>
        <source>%1: the project is open read-only</source>
        <translation>%1: проєкт відкрито лише для читання</translation>
    </message>
    <message>
        <source>%1: the id %2 is already in use</source>
        <translation>%1: ідентифікатор %2 уже використовується</translation>
    </message>
    <message numerus="yes">
        <source>the actor holds %n claim(s); reassign or delete them first</source>
        <translation>
            <numerusform>актор має %n заяву; спершу перенесіть або видаліть її</numerusform>
            <numerusform>актор має %n заяви; спершу перенесіть або видаліть їх</numerusform>
            <numerusform>актор має %n заяв; спершу перенесіть або видаліть їх</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scale note contains a control character (U+%2)</source>
        <translation>%1: примітка до шкали містить керівний символ (U+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) tagged with the topic; retag or delete them first</source>
        <translation>
            <numerusform>темою позначено %n заяву; спершу позначте її іншою темою або видаліть</numerusform>
            <numerusform>темою позначено %n заяви; спершу позначте їх іншою темою або видаліть</numerusform>
            <numerusform>темою позначено %n заяв; спершу позначте їх іншою темою або видаліть</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project is read-only (%2); it can be read but not changed</source>
        <translation>%1: проєкт доступний лише для читання (%2); його можна читати, але не змінювати</translation>
    </message>
    <message>
        <source>%1: was saved by an older version of Demarche and must be updated to be read, but it is opened read-only and no updated copy could be made: %2</source>
        <translation>%1: збережено старішою версією Demarche, і для читання його потрібно оновити, але його відкрито лише для читання, а оновлену копію створити не вдалося: %2</translation>
    </message>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>його диск змонтовано лише для читання</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступний лише для читання</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>до його теки %1 не можна записувати</translation>
    </message>
    <message>
        <source>%1: is named like the log or journal of %2; choose another name</source>
        <translation>%1: назва збігається з назвою службового журналу проєкту %2; виберіть іншу назву</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt cannot open a database</source>
        <translation>драйвер SQLite для Qt не може відкрити базу даних</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (%2); it was left unchanged</source>
        <translation>%1: не є проєктом Demarche (%2); файл лишився без змін</translation>
    </message>
    <message>
        <source>%1: the project is read-only (the file, its folder or its disk cannot be written); the change was not saved</source>
        <translation>%1: проєкт доступний лише для читання (до файлу, його теки чи диска не можна записувати); зміну не збережено</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing more could be written and the project is as it was</source>
        <translation>%1: диск заповнено; більше нічого записати не вдалося, проєкт лишився як був</translation>
    </message>
    <message>
        <source>%1: the disk refused to read or write the project (%2)</source>
        <translation>%1: диск відмовився читати чи записувати проєкт (%2)</translation>
    </message>
    <message>
        <source>%1: the project or a file beside it (-wal, -shm, -journal) cannot be opened (%2)</source>
        <translation>%1: не вдалося відкрити проєкт або файл поруч із ним (-wal, -shm, -journal) (%2)</translation>
    </message>
    <message>
        <source>%1: “%2” contains a control character (U+%3); it must be one line of plain text</source>
        <extracomment>%1 names the field: Name, Alias, Keyword, Title, Source…</extracomment>
        <translation>%1: «%2» містить керівний символ (U+%3); значення має бути одним рядком простого тексту</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналітик</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Інша назва</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Негативний полюс</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Позитивний полюс</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Ключове слово</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>the schema entry %1 differs</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>елемент схеми %1 відрізняється від очікуваного</translation>
    </message>
    <message>
        <source>it holds an unknown schema entry %1</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>файл містить невідомий елемент схеми %1</translation>
    </message>
    <message>
        <source>the schema entry %1 is missing</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>бракує елемента схеми %1</translation>
    </message>
</context>
<context>
    <name>QdpxExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не вдалося записати: %2</translation>
    </message>
    <message>
        <source>the archive entry %1 failed (zip error %2)</source>
        <translation>не вдалося записати елемент архіву %1 (помилка zip %2)</translation>
    </message>
    <message>
        <source>it is no longer a file</source>
        <translation>це вже не файл</translation>
    </message>
    <message>
        <source>the archive cannot be started (zip error %1)</source>
        <translation>не вдалося створити архів (помилка zip %1)</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: експорт скасовано</translation>
    </message>
    <message>
        <source>the archive cannot be completed (zip error %1)</source>
        <translation>не вдалося завершити архів (помилка zip %1)</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Експорт проєкту REFI-QDA</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проєкти REFI-QDA (*.qdpx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The project could not be exported.

%1</source>
        <translation>Не вдалося експортувати проєкт.

%1</translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файлу не існує</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: не є файлом</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; refused</source>
        <translation>%1: розмір перевищує %2 МБ; файл відхилено</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не вдалося прочитати (%2)</translation>
    </message>
    <message>
        <source>%1: holds no .qde project file; not a REFI-QDA project</source>
        <translation>%1: не містить файлу проєкту .qde; це не проєкт REFI-QDA</translation>
    </message>
    <message>
        <source>%1: holds several project files (%2); a REFI-QDA project has one</source>
        <extracomment>%2 lists the files, separated by commas</extracomment>
        <translation>%1: містить кілька файлів проєкту (%2); у проєкті REFI-QDA він один</translation>
    </message>
    <message>
        <source>has no text (no plainTextPath and no PlainTextContent)</source>
        <translation>не містить тексту (немає ні plainTextPath, ні PlainTextContent)</translation>
    </message>
    <message>
        <source>its text is outside the archive (%1); not read</source>
        <translation>його текст розташовано поза архівом (%1); не прочитано</translation>
    </message>
    <message>
        <source>its text %1 is not in the archive</source>
        <translation>його тексту %1 немає в архіві</translation>
    </message>
    <message>
        <source>%1: the text %2 is not valid UTF-8 (byte %3)</source>
        <extracomment>%2 is a file inside the archive, %3 a byte offset</extracomment>
        <translation>%1: текст %2 не є коректним UTF-8 (байт %3)</translation>
    </message>
    <message>
        <source>%1: the text is binary data, not text</source>
        <translation>%1: замість тексту двійкові дані</translation>
    </message>
    <message>
        <source>the code has no usable name; left out, with what is coded with it</source>
        <translation>код не має придатної назви; пропущено разом з усім, що ним закодовано</translation>
    </message>
    <message>
        <source>the description line “%1” was not understood; left out</source>
        <translation>рядок опису «%1» не розпізнано; пропущено</translation>
    </message>
    <message>
        <source>the code&apos;s description was not imported</source>
        <translation>опис коду не імпортовано</translation>
    </message>
    <message>
        <source>not used: the file was written by Demarche, whose actors are known</source>
        <translation>не використано: файл записано програмою Demarche, актори в ньому відомі</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>a selection in the loss report: source name, start and end positions</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>the position is outside the text; not imported</source>
        <translation>зсув виходить за межі тексту; не імпортовано</translation>
    </message>
    <message>
        <source>the position splits a character (between CR and LF, or inside a letter and its accent); not imported</source>
        <translation>зсув розрізає символ (між CR і LF або між літерою та її діакритичним знаком); не імпортовано</translation>
    </message>
    <message>
        <source>the selection holds only blank space; not imported</source>
        <translation>виділений фрагмент містить лише пробіли; не імпортовано</translation>
    </message>
    <message>
        <source>the text has over 30 combining marks in a row, and positions cannot follow its canonical form; not imported</source>
        <translation>текст містить понад 30 комбінованих знаків поспіль, і зсуви не вдається зіставити з його канонічною формою; не імпортовано</translation>
    </message>
    <message>
        <source>a %1 with no plain text; not imported</source>
        <extracomment>%1 is an element of the file: PictureSource, AudioSource, ...</extracomment>
        <translation>елемент %1 без звичайного тексту; не імпортовано</translation>
    </message>
    <message>
        <source>the text is empty; not imported</source>
        <translation>текст порожній; не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) on the pages rather than the text; not imported</source>
        <translation>
            <numerusform>%n виділений фрагмент на сторінках, а не в тексті; не імпортовано</numerusform>
            <numerusform>%n виділені фрагменти на сторінках, а не в тексті; не імпортовано</numerusform>
            <numerusform>%n виділених фрагментів на сторінках, а не в тексті; не імпортовано</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Документ без назви</translation>
    </message>
    <message>
        <source>the source&apos;s description was not imported</source>
        <translation>опис документа не імпортовано</translation>
    </message>
    <message>
        <source>the selection is empty; not imported</source>
        <translation>виділений фрагмент порожній; не імпортовано</translation>
    </message>
    <message>
        <source>%1; not imported</source>
        <translation>%1; не імпортовано</translation>
    </message>
    <message>
        <source>coded with a code that is not in the codebook; that coding was left out</source>
        <translation>закодовано кодом, якого немає в кодовій книзі; це кодування пропущено</translation>
    </message>
    <message>
        <source>coded with several stances; the first was kept</source>
        <translation>закодовано кількома типами заяв; збережено перший</translation>
    </message>
    <message>
        <source>coded with no actor and no topic; not imported</source>
        <translation>закодовано без актора й без теми; не імпортовано</translation>
    </message>
    <message>
        <source>coded with an actor but no topic; not imported</source>
        <translation>закодовано актором, але без теми; не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>coded with several actors or topics: one claim for each of its %n actor–topic pair(s)</source>
        <translation>
            <numerusform>закодовано кількома акторами чи темами: по заяві на кожну з %n пари «актор — тема»</numerusform>
            <numerusform>закодовано кількома акторами чи темами: по заяві на кожну з %n пар «актор — тема»</numerusform>
            <numerusform>закодовано кількома акторами чи темами: по заяві на кожну з %n пар «актор — тема»</numerusform>
        </translation>
    </message>
    <message>
        <source>the variable was not imported</source>
        <translation>змінну не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>the code is neither an actor nor a topic; %n coding(s) with it were left out</source>
        <translation>
            <numerusform>код не є ні актором, ні темою; пропущено %n кодування з ним</numerusform>
            <numerusform>код не є ні актором, ні темою; пропущено %n кодування з ним</numerusform>
            <numerusform>код не є ні актором, ні темою; пропущено %n кодувань з ним</numerusform>
        </translation>
    </message>
    <message>
        <source>the actor was created for the selections coded with a topic and no actor</source>
        <translation>актора створено для виділених фрагментів, закодованих темою без актора</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) coded with a topic and no actor became claims of this actor</source>
        <translation>
            <numerusform>%n виділений фрагмент, закодований темою без актора, став заявою цього актора</numerusform>
            <numerusform>%n виділені фрагменти, закодовані темою без актора, стали заявами цього актора</numerusform>
            <numerusform>%n виділених фрагментів, закодованих темою без актора, стали заявами цього актора</numerusform>
        </translation>
    </message>
    <message>
        <source>the target “%1” is not an actor; left out</source>
        <translation>адресат «%1» не є актором; пропущено</translation>
    </message>
    <message>
        <source>declares a document type (&lt;!DOCTYPE&gt;), which REFI-QDA does not use; refused for safety</source>
        <translation>оголошує тип документа (&lt;!DOCTYPE&gt;), який REFI-QDA не використовує; відхилено з міркувань безпеки</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>не є проєктом REFI-QDA (немає елемента &lt;Project&gt;)</translation>
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <extracomment>%1 and %2 are line and column numbers, %3 the XML parser&apos;s explanation</extracomment>
        <translation>недійсний XML у рядку %1, стовпці %2: %3</translation>
    </message>
    <message>
        <source>not imported: Demarche has no place for this part of a project</source>
        <translation>не імпортовано: у Demarche немає місця для цієї частини проєкту</translation>
    </message>
    <message>
        <source>codes nested more than %1 deep; refused</source>
        <translation>глибина вкладення кодів більша за %1; відхилено</translation>
    </message>
    <message>
        <source>nested more than %1 codes deep; placed at that depth</source>
        <translation>глибина вкладення більша за %1; розміщено на цій глибині</translation>
    </message>
    <message>
        <source>the file has no code named “%1” to hold the actors</source>
        <translation>у файлі немає коду з назвою «%1», який містив би акторів</translation>
    </message>
    <message>
        <source>several codes are named “%1”; give its path from the top, as in “%2”</source>
        <translation>кілька кодів мають назву «%1»; укажіть шлях від верхнього рівня, як-от «%2»</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>Save the imported project as</source>
        <translation>Зберегти імпортований проєкт як</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Імпорт проєкту REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проєкти REFI-QDA (*.qdpx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The file could not be read.

%1</source>
        <translation>Не вдалося прочитати файл.

%1</translation>
    </message>
    <message>
        <source>The project could not be imported.

%1</source>
        <translation>Не вдалося імпортувати проєкт.

%1</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>бракує «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» має бути текстом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«%1» порожнє</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>«%1» має бути списком текстів</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>«%1» має бути цілим числом від %2 до %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour</source>
        <translation>«%1» не є кольором</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» не є датою (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; expected one of: %3</source>
        <translation>невідоме значення %1 «%2»; очікується одне з: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: «%2» має бути списком</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: має бути об’єктом</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: недійсний JSON у байті %2: %3</translation>
    </message>
    <message>
        <source>%1: must hold a JSON object</source>
        <translation>%1: має містити об’єкт JSON</translation>
    </message>
    <message>
        <source>%1: unsupported format; expected &quot;format&quot;: %2</source>
        <translation>%1: непідтримуваний формат; очікується &quot;format&quot;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: claims[%2] (“%3”)</source>
        <translation>%1: claims[%2] («%3»)</translation>
    </message>
    <message>
        <source>%1: the parent topic &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: батьківська тема «%2» теми «%3» має бути вказана перед нею</translation>
    </message>
    <message>
        <source>%1: the parent actor &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: батьківський актор «%2» актора «%3» має бути вказаний перед ним</translation>
    </message>
    <message>
        <source>no document &apos;%1&apos; in %2</source>
        <translation>немає документа «%1» у %2</translation>
    </message>
    <message>
        <source>unknown holder &apos;%1&apos;</source>
        <translation>невідомий автор «%1»</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;</source>
        <translation>невідомий адресат «%1»</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos;</source>
        <translation>невідома тема «%1»</translation>
    </message>
    <message>
        <source>the quote does not occur in %1</source>
        <translation>цитати немає в %1</translation>
    </message>
    <message>
        <source>the quote occurs fewer than %1 times in %2</source>
        <translation>кількість входжень цитати в %2 менша за %1</translation>
    </message>
    <message>
        <source>%1: unsupported file type; expected %2</source>
        <translation>%1: непідтримуваний тип файлу; очікується %2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Quick tag</source>
        <translation>Швидке позначення</translation>
    </message>
    <message>
        <source>Select text, snapped to whole words</source>
        <translation>Виділити текст із прив’язкою до цілих слів</translation>
    </message>
    <message>
        <source>Select all of the article</source>
        <translation>Виділити всю статтю</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>Виділити точно, без прив’язки до слів</translation>
    </message>
    <message>
        <source>%1 + drag</source>
        <translation>%1 + перетягування</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Зняти виділення</translation>
    </message>
    <message>
        <source>Choose the actor or topic with this number</source>
        <translation>Вибрати актора чи тему з цим номером</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Choose the highlighted actor or topic</source>
        <translation>Вибрати підсвічений запис (актора чи тему)</translation>
    </message>
    <message>
        <source>Move the highlight</source>
        <translation>Перемістити підсвічування</translation>
    </message>
    <message>
        <source>Filter the list, or name a new actor or topic</source>
        <translation>Відфільтрувати список або ввести назву нового актора чи теми</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Введіть назву</translation>
    </message>
    <message>
        <source>Back from the topic to the actor</source>
        <translation>Повернутися від теми до актора</translation>
    </message>
    <message>
        <source>Cancel tagging</source>
        <translation>Скасувати позначення</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>%1: is a binary file, not text</source>
        <translation>%1: двійковий файл, а не текст</translation>
    </message>
    <message>
        <source>%1: contains no text</source>
        <translation>%1: не містить тексту</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; decoded as Windows-1252</source>
        <translation>%1: недійсний UTF-8; декодовано як Windows-1252</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файлу не існує</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: це тека, а не файл</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: не є звичайним файлом</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB; the limit is %3 MB</source>
        <translation>%1: розмір %2 МБ; обмеження — %3 МБ</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: перевищує обмеження в %2 МБ</translation>
    </message>
    <message>
        <source>%1: is the open project itself, not a document</source>
        <translation>%1: це і є відкритий проєкт, а не документ</translation>
    </message>
    <message>
        <source>%1: unsupported file type (no extension); expected %2</source>
        <translation>%1: непідтримуваний тип файлу (без розширення); очікується %2</translation>
    </message>
    <message>
        <source>%1: unsupported file type &apos;%2&apos;; expected %3</source>
        <translation>%1: непідтримуваний тип файлу «%2»; очікується %3</translation>
    </message>
    <message>
        <source>%1: nests too deep</source>
        <translation>%1: надто глибоке вкладення</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the heading above a document&apos;s footnotes and endnotes, after its text</extracomment>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1: файл пошкоджено</translation>
    </message>
    <message>
        <source>%1: encrypted</source>
        <translation>%1: файл зашифровано</translation>
    </message>
    <message>
        <source>%1: no text layer — scanned PDF?</source>
        <translation>%1: немає текстового шару — сканований PDF?</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n page(s); the rest is left out</source>
        <translation>
            <numerusform>%1: читання зупинено після %n сторінки; решту пропущено</numerusform>
            <numerusform>%1: читання зупинено після %n сторінок; решту пропущено</numerusform>
            <numerusform>%1: читання зупинено після %n сторінок; решту пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running header(s) and footer(s) left out</source>
        <translation>
            <numerusform>%1: пропущено %n колонтитул</numerusform>
            <numerusform>%1: пропущено %n колонтитули</numerusform>
            <numerusform>%1: пропущено %n колонтитулів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) hyphenated at a line end joined</source>
        <translation>
            <numerusform>%1: з’єднано %n слово з переносом у кінці рядка</numerusform>
            <numerusform>%1: з’єднано %n слова з переносом у кінці рядка</numerusform>
            <numerusform>%1: з’єднано %n слів з переносом у кінці рядка</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: too large once unpacked (a zip bomb?)</source>
        <translation>%1: завеликий після розпакування (ZIP-бомба?)</translation>
    </message>
    <message>
        <source>%1: not a valid %2 file (%3 is missing)</source>
        <extracomment>%2 is a format (&quot;DOCX&quot;, &quot;ODT&quot;), %3 a part of its file (&quot;word/document.xml&quot;)</extracomment>
        <translation>%1: недійсний файл %2 (бракує %3)</translation>
    </message>
    <message>
        <source>%1: took too long to read; no text was found in time</source>
        <translation>%1: читання тривало надто довго; за цей час текст не знайдено</translation>
    </message>
</context>
<context>
    <name>TopicScale</name>
    <message>
        <source>%1: not defined</source>
        <translation>%1: не визначено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scale not defined</source>
        <translation>шкалу не визначено</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Demand</source>
        <extracomment>A stance value (kind of claim): the actor insists that another party do something.</extracomment>
        <translation>Вимога</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>A stance value: the actor puts forward a plan or an offer for discussion.</extracomment>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Concession</source>
        <extracomment>A stance value: the actor gives ground it had held before.</extracomment>
        <translation>Поступка</translation>
    </message>
    <message>
        <source>Refusal / red line</source>
        <extracomment>A stance value: the actor rejects something or names a limit it will not cross.</extracomment>
        <translation>Відмова / червона лінія</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>A stance value: the actor backs another party&apos;s position or a plan.</extracomment>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Criticism</source>
        <extracomment>A stance value: the actor objects to what another party does or says.</extracomment>
        <translation>Критика</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A stance value: the actor binds itself to doing something (a pledge).</extracomment>
        <translation>Зобов’язання</translation>
    </message>
    <message>
        <source>Threat</source>
        <extracomment>A stance value: the actor announces consequences if others do not comply.</extracomment>
        <translation>Погроза</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>A stance value: the actor states how it sees a situation, without asking or offering anything.</extracomment>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <extracomment>An attribution: the article quotes the actor&apos;s own words.</extracomment>
        <translation>Пряма цитата</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <extracomment>An attribution: the article renders the actor&apos;s words in its own words.</extracomment>
        <translation>Переказ</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>An attribution: the article reports the claim second-hand (&quot;according to officials&quot;).</extracomment>
        <translation>За повідомленнями</translation>
    </message>
    <message>
        <source>Analyst&apos;s inference</source>
        <extracomment>An attribution: the analyst infers the claim; the actor did not state it.</extracomment>
        <translation>Висновок аналітика</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>An actor kind: a country, not a condition or a federal state.</extracomment>
        <translation>Держава</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>An actor kind: an international or non-governmental organisation (EU, UN, NATO).</extracomment>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>An actor kind: an individual, such as a minister or a president.</extracomment>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Faction</source>
        <extracomment>An actor kind: a party, a movement or an armed group within a country.</extracomment>
        <translation>Угруповання</translation>
    </message>
</context>
<context>
    <name>demarche::ActorKindDelegate</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>demarche::ActorsUnderDialog</name>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Імпорт проєкту REFI-QDA</translation>
    </message>
    <message>
        <source>“%1” was made by another program. Which of its codes holds the actors? The codes below the one you choose become actors; every other code becomes a topic.</source>
        <translation>«%1» створено іншою програмою. Який із його кодів містить акторів? Коди під вибраним стануть акторами; усі інші коди стануть темами.</translation>
    </message>
    <message>
        <source>None: every code becomes a topic</source>
        <extracomment>The first choice in a list of codes: no code holds actors.</extracomment>
        <translation>Жоден: усі коди стануть темами</translation>
    </message>
    <message>
        <source>Every code becomes a topic. Coded passages become claims of the actor “Unattributed”.</source>
        <translation>Усі коди стануть темами. Закодовані фрагменти стануть заявами актора «Unattributed».</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) below “%1” become actors; the other codes become topics.</source>
        <translation>
            <numerusform>%n код під «%1» стане актором; решта кодів стануть темами.</numerusform>
            <numerusform>%n коди під «%1» стануть акторами; решта кодів стануть темами.</numerusform>
            <numerusform>%n кодів під «%1» стануть акторами; решта кодів стануть темами.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ArticleHeader</name>
    <message>
        <source>Article title, source and date</source>
        <translation>Назва, джерело і дата статті</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Джерело і дата</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleTextEdit</name>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleView</name>
    <message>
        <source>Open a document from the list, or import one</source>
        <translation>Відкрийте документ зі списку або імпортуйте його</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Як імпортувати статтю</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Статтю не відкрито</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimFilterBar</name>
    <message>
        <source>This document only</source>
        <translation>Лише цей документ</translation>
    </message>
    <message>
        <source>Search quotes, notes, actors…</source>
        <translation>Пошук у цитатах, примітках, акторах…</translation>
    </message>
    <message>
        <source>The claims of one actor and of the actors under it</source>
        <translation>Заяви одного актора та акторів, підпорядкованих йому</translation>
    </message>
    <message>
        <source>The claims on one topic and on its sub-topics</source>
        <translation>Заяви на одну тему та на її підтеми</translation>
    </message>
    <message>
        <source>The claims of one stance type</source>
        <translation>Заяви одного типу</translation>
    </message>
    <message>
        <source>Only the claims of the article that is open</source>
        <translation>Лише заяви відкритої статті</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>текст «%1»</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>актор %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>тема %1</translation>
    </message>
    <message>
        <source>stance %1</source>
        <translation>тип заяви %1</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>документ «%1»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Усі актори</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Усі типи заяв</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimInspector</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>А&amp;дресат:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>Т&amp;ип заяви:</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Тип заяви</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <extracomment>The number from -100 to +100 on the topic&apos;s scale, not a place</extracomment>
        <translation>&amp;Позиція:</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Вагомість:</translation>
    </message>
    <message>
        <source>How central the claim is to the holder&apos;s position: 1 is a passing remark, 5 is at its core</source>
        <translation>Наскільки заява важлива для позиції автора: 1 — побіжне зауваження, 5 — її суть</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Вагомість</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>Атри&amp;буція:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приміт&amp;ка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Your remarks on this claim</source>
        <translation>Ваші зауваження щодо цієї заяви</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Аналітик:</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналітик</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Оновлено:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Select a claim to see its details</source>
        <translation>Виберіть заяву, щоб побачити її подробиці</translation>
    </message>
    <message>
        <source>What the claim&apos;s fields mean</source>
        <translation>Що означають поля заяви</translation>
    </message>
    <message>
        <source>Claim inspector</source>
        <translation>Інспектор заяви</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> з %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimTableModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Тип заяви</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Вагомість</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналітик</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimsPanel</name>
    <message>
        <source>Go to claim</source>
        <translation>Перейти до заяви</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Видалити заяву</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>Копіювати цитату</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <source>Compare %1 with</source>
        <translation>Порівняти %1 з</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 з %n заяви</numerusform>
            <numerusform>%1 з %n заяв</numerusform>
            <numerusform>%1 з %n заяв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims yet. Select text in an article and press T to tag it.</source>
        <translation>Заяв поки немає. Виділіть текст у статті й натисніть T, щоб позначити його.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Як позначити заяву</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Жодна заява не відповідає цим фільтрам.</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Codebook actions</source>
        <translation>Дії з кодовою книгою</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Додати підзапис</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Move up; the first nine have quick-tag numbers</source>
        <translation>Перемістити вище; перші дев’ять мають номери для швидкого позначення</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move down; the first nine have quick-tag numbers</source>
        <translation>Перемістити нижче; перші дев’ять мають номери для швидкого позначення</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Об’єднати з…</translation>
    </message>
    <message>
        <source>Move all claims to another entry, then delete this one</source>
        <translation>Перенести всі заяви до іншого запису, а цей видалити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Видалити вибраний запис</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Колір…</translation>
    </message>
    <message>
        <source>Choose the colour of the selected entry</source>
        <translation>Вибрати колір вибраного запису</translation>
    </message>
    <message>
        <source>How the codebook works</source>
        <translation>Як працює кодова книга</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Видалення «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s).</source>
        <translation>
            <numerusform>На «%1» посилається %n заява.</numerusform>
            <numerusform>На «%1» посилаються %n заяви.</numerusform>
            <numerusform>На «%1» посилаються %n заяв.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the claims to another entry, which deletes “%1”, or cancel.</source>
        <translation>Перенесіть заяви до іншого запису (тоді «%1» буде видалено) або скасуйте дію.</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Перенести до…</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Колір «%1»</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPanel</name>
    <message>
        <source>New actor</source>
        <translation>Новий актор</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Додати актора</translation>
    </message>
    <message>
        <source>Add an actor under the selected one</source>
        <translation>Додати актора, підпорядкованого вибраному</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>No actors yet. Press Insert, or Add above, to add the states, organisations and people you follow.</source>
        <translation>Акторів поки немає. Натисніть Insert або «Додати» вгорі, щоб додати держави, організації та осіб, за якими ви стежите.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Нова тема</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Додати тему</translation>
    </message>
    <message>
        <source>Add a sub-topic under the selected topic</source>
        <translation>Додати підтему до вибраної теми</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>No topics yet. Press Insert, or Add above, to add the files the actors negotiate.</source>
        <translation>Тем поки немає. Натисніть Insert або «Додати» вгорі, щоб додати питання, які обговорюють актори.</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Шкала…</translation>
    </message>
    <message>
        <source>Say what -100 and +100 mean on the selected topic</source>
        <translation>Визначити, що означають -100 і +100 у вибраній темі</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Актори</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Теми</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookTreeModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Колір %1</translation>
    </message>
    <message>
        <source>Key %1 picks “%2” in the quick-tag popup</source>
        <translation>Клавіша %1 вибирає «%2» у вікні швидкого позначення</translation>
    </message>
    <message>
        <source>The number key that picks the entry in the quick-tag popup</source>
        <translation>Цифрова клавіша, що вибирає запис у вікні швидкого позначення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключові слова</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
</context>
<context>
    <name>demarche::CompareBar</name>
    <message>
        <source>First actor</source>
        <translation>Перший актор</translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation>Другий актор</translation>
    </message>
    <message>
        <source>Roll up members</source>
        <translation>Враховувати членів</translation>
    </message>
    <message>
        <source>Show topics without claims</source>
        <translation>Показувати теми без заяв</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Звіт…</translation>
    </message>
    <message>
        <source>Swap the two actors</source>
        <translation>Поміняти двох акторів місцями</translation>
    </message>
    <message>
        <source>Swap actors</source>
        <translation>Поміняти акторів</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Зараховувати актору заяви його членів (заяви міністра — його державі)</translation>
    </message>
    <message>
        <source>The comparison as a CSV table, one row per topic</source>
        <translation>Порівняння як таблиця CSV, рядок на кожну тему</translation>
    </message>
    <message>
        <source>A printable report with every quote, as PDF or HTML</source>
        <translation>Звіт для друку з усіма цитатами, у форматі PDF або HTML</translation>
    </message>
</context>
<context>
    <name>demarche::CompareView</name>
    <message>
        <source>How to compare two actors</source>
        <translation>Як порівняти двох акторів</translation>
    </message>
    <message>
        <source>Comparing needs two actors. Add them to the codebook, then choose them above.</source>
        <translation>Для порівняння потрібні два актори. Додайте їх до кодової книги, а потім виберіть угорі.</translation>
    </message>
    <message>
        <source>How to add actors</source>
        <translation>Як додати акторів</translation>
    </message>
    <message>
        <source>Choose two different actors to compare.</source>
        <translation>Виберіть для порівняння двох різних акторів.</translation>
    </message>
    <message>
        <source>Choose the two actors to compare above.</source>
        <translation>Виберіть угорі двох акторів для порівняння.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims yet. Tag what they say in the articles to compare their positions.</source>
        <translation>Ні %1, ні %2 ще не мають заяв. Позначте в статтях, що вони кажуть, щоб порівняти їхні позиції.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Як позначити заяву</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims within these filters.</source>
        <translation>Ні %1, ні %2 не мають заяв у межах цих фільтрів.</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Експорт порівняння в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Вебсторінки (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save Comparison Report</source>
        <translation>Збереження звіту порівняння</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Не вдалося експортувати в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::ComparisonModel</name>
    <message>
        <source>%1: mean positions %2 apart</source>
        <translation>%1: середні позиції розходяться на %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>немає заяв</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <extracomment>The mean position of the actor&apos;s claims on the topic&apos;s scale</extracomment>
        <translation>середня %1</translation>
    </message>
    <message>
        <source>both</source>
        <extracomment>A topic on which both compared actors made claims</extracomment>
        <translation>обидва</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>лише %1</translation>
    </message>
    <message>
        <source>neither</source>
        <extracomment>A topic on which neither compared actor made claims</extracomment>
        <translation>жоден</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>both, no positions</source>
        <translation>обидва, без позицій</translation>
    </message>
    <message>
        <source>%1 has no positions</source>
        <translation>%1 не має позицій</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>position %1</source>
        <extracomment>The claim&apos;s position: the number on the topic&apos;s scale</extracomment>
        <translation>позиція %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Actor A</source>
        <translation>Актор А</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Actor B</source>
        <translation>Актор Б</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentDetailsDialog</name>
    <message>
        <source>Set the &amp;date:</source>
        <translation>Задати д&amp;ату:</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без дати</translation>
    </message>
    <message>
        <source>Source and Date</source>
        <translation>Джерело і дата</translation>
    </message>
    <message numerus="yes">
        <source>The source and publication date of %n document(s): %1</source>
        <translation>
            <numerusform>Джерело і дата публікації %n документа: %1</numerusform>
            <numerusform>Джерело і дата публікації %n документів: %1</numerusform>
            <numerusform>Джерело і дата публікації %n документів: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>e.g. TASS, Reuters, the ministry&apos;s website</source>
        <translation>напр., ТАСС, Reuters, сайт міністерства</translation>
    </message>
    <message>
        <source>various; type to set one for all</source>
        <translation>різні; введіть, щоб задати одне для всіх</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message numerus="yes">
        <source>Set the source and date of %n document(s)</source>
        <translation>
            <numerusform>Задати джерело і дату %n документа</numerusform>
            <numerusform>Задати джерело і дату %n документів</numerusform>
            <numerusform>Задати джерело і дату %n документів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentImporter</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Статті (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Вставлений текст</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Імпорт %1 з %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Імпорт %n документа</numerusform>
            <numerusform>Імпорт %n документів</numerusform>
            <numerusform>Імпорт %n документів</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text is already in the project as “%1”</source>
        <translation>такий самий текст уже є в проєкті як «%1»</translation>
    </message>
    <message>
        <source>has the same text as %1</source>
        <translation>має такий самий текст, як %1</translation>
    </message>
    <message>
        <source>the project did not accept it</source>
        <translation>проєкт його не прийняв</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported</source>
        <translation>%1 відкрито лише для читання; документи імпортувати не можна</translation>
    </message>
    <message>
        <source>The text was not imported.</source>
        <translation>Текст не імпортовано.</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>«%1» не імпортовано.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Властивості документа</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Без дати публікації</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без дати</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>e.g. en, ru, fr</source>
        <translation>напр., en, ru, fr</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Назва файлу:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Імпортовано:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Символів:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Заяв:</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Цього документа вже немає в проєкті.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Документ повинен мати назву.</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>Проєкт відкрито лише для читання; зміни не можна зберегти.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentsPanel</name>
    <message>
        <source>No documents yet. Import articles to read and tag them.</source>
        <translation>Документів поки немає. Імпортуйте статті, щоб читати й позначати їх.</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>Імпортувати документи…</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Як імпортувати статтю</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Фільтр документів…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Властивості…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Вилучити документ</translation>
    </message>
</context>
<context>
    <name>demarche::ExportClaimsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible (adds a byte order mark)</source>
        <translation>&amp;Сумісність з Excel (додає позначку порядку байтів)</translation>
    </message>
    <message>
        <source>&amp;Escape cells that look like formulas</source>
        <translation>&amp;Екранувати клітинки, схожі на формули</translation>
    </message>
    <message>
        <source>Export claims to CSV</source>
        <translation>Експорт заяв у CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <source>&amp;All claims (%1)</source>
        <translation>&amp;Усі заяви (%1)</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table</source>
        <translation>Лише заяви, показані в &amp;таблиці заяв</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. Leave it off for R, pandas and LibreOffice.</source>
        <translation>Excel читає файл CSV як UTF-8, лише якщо той починається з позначки порядку байтів. Для R, pandas і LibreOffice її не додавайте.</translation>
    </message>
    <message>
        <source>Spreadsheets may run a cell that begins with =, +, -, @ as a formula, so a crafted quote could act when the file is opened. Escaping puts an apostrophe before such cells, which spreadsheets show as plain text. Clear it only for programs that never evaluate formulas.</source>
        <translation>Електронні таблиці можуть виконати клітинку, що починається з =, +, -, @, як формулу, тож спеціально складена цитата може спрацювати під час відкриття файлу. Екранування ставить перед такими клітинками апостроф, і таблиці показують їх як звичайний текст. Вимикайте його лише для програм, які ніколи не обчислюють формули.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Перебіг експорту</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A button: write the claims to the file.</extracomment>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table (%1: %2)</source>
        <translation>Лише заяви, показані в &amp;таблиці заяв (%1: %2)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation>Експорт заяв</translation>
    </message>
    <message>
        <source>The claims cannot be exported to “%1”.</source>
        <translation>Заяви не можна експортувати в «%1».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» уже існує. Замінити його?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>The claims could not be exported to “%1”.</source>
        <translation>Не вдалося експортувати заяви в «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 з %Ln заяви</numerusform>
            <numerusform>%1 з %Ln заяв</numerusform>
            <numerusform>%1 з %Ln заяв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportReviewDialog</name>
    <message>
        <source>Check the Imported Documents</source>
        <translation>Перевірка імпортованих документів</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headings: the file a document came from, its title, publication date, source, and what the import left out of its text (running headers, page numbers)</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Очищено</translation>
    </message>
    <message numerus="yes">
        <source>Correct the details of %n document(s)</source>
        <translation>
            <numerusform>виправлення відомостей про %n документ</numerusform>
            <numerusform>виправлення відомостей про %n документи</numerusform>
            <numerusform>виправлення відомостей про %n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title, date and source of %n new document(s), as read from the file(s). Correct any that are wrong; they can also be changed later in Document Properties.</source>
        <translation>
            <numerusform>Назва, дата і джерело %n нового документа, як їх прочитано з файлу. Виправте хибне; пізніше їх можна змінити й у вікні «Властивості документа».</numerusform>
            <numerusform>Назви, дати і джерела %n нових документів, як їх прочитано з файлів. Виправте хибне; пізніше їх можна змінити й у вікні «Властивості документа».</numerusform>
            <numerusform>Назви, дати і джерела %n нових документів, як їх прочитано з файлів. Виправте хибне; пізніше їх можна змінити й у вікні «Властивості документа».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Підсумки імпорту</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>not an article file; skipped</source>
        <translation>не файл статті; пропущено</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the summary to the clipboard.</extracomment>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>No documents were imported: there was no article file to import.</source>
        <translation>Жодного документа не імпортовано: не знайдено файлів статей для імпорту.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n document(s).</source>
        <translation>
            <numerusform>Імпортовано %1 з %n документа.</numerusform>
            <numerusform>Імпортовано %1 з %n документів.</numerusform>
            <numerusform>Імпортовано %1 з %n документів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not read.</source>
        <translation>
            <numerusform>Імпорт скасовано; не прочитано %n файл.</numerusform>
            <numerusform>Імпорт скасовано; не прочитано %n файли.</numerusform>
            <numerusform>Імпорт скасовано; не прочитано %n файлів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</source>
        <translation>
            <numerusform>Пропущено %n файл у теках: імпортуються лише файли %1, а вкладені теки не переглядаються.</numerusform>
            <numerusform>Пропущено %n файли в теках: імпортуються лише файли %1, а вкладені теки не переглядаються.</numerusform>
            <numerusform>Пропущено %n файлів у теках: імпортуються лише файли %1, а вкладені теки не переглядаються.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the documents with a warning: their text may not have been read as intended.</source>
        <translation>Перевірте документи з попередженням: їхній текст могло бути прочитано не так, як слід.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Відхилено:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Попередження:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Пропущено:</translation>
    </message>
    <message>
        <source>Cleaned:</source>
        <extracomment>A heading: what the import left out of the documents&apos; text</extracomment>
        <translation>Очищено:</translation>
    </message>
</context>
<context>
    <name>demarche::LossReportDialog</name>
    <message>
        <source>REFI-QDA Import</source>
        <translation>Імпорт REFI-QDA</translation>
    </message>
    <message>
        <source>Nothing was lost: everything in the file is in the project.</source>
        <translation>Нічого не втрачено: усе з файлу є в проєкті.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the file could not be represented in the project; they are listed below.</source>
        <translation>
            <numerusform>%n елемент файлу не вдалося відобразити в проєкті; див. список нижче.</numerusform>
            <numerusform>%n елементи файлу не вдалося відобразити в проєкті; див. список нижче.</numerusform>
            <numerusform>%n елементів файлу не вдалося відобразити в проєкті; див. список нижче.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column headings of the loss report: where in the file, and what was not taken in.</extracomment>
        <translation>Де</translation>
    </message>
    <message>
        <source>What was lost</source>
        <translation>Що втрачено</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the report to the clipboard.</extracomment>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«%1» імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новий актор</numerusform>
            <numerusform>%n нові актори</numerusform>
            <numerusform>%n нових акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n нова тема</numerusform>
            <numerusform>%n нові теми</numerusform>
            <numerusform>%n нових тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MainWindow</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Проєкт лише для читання</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <source>Open or create a project that can be changed, then drop the articles on it.</source>
        <translation>Відкрийте або створіть проєкт, який можна змінювати, а потім перетягніть на нього статті.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформлення</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>Сві&amp;тле</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Те&amp;мне</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>About Demarche</source>
        <translation>Про Demarche</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Positions of actors in diplomacy and negotiations, side by side.&lt;/p&gt;&lt;p&gt;Highlight the claims in articles, read-outs and transcripts, tag each by actor and topic, compare the actors&apos; stances and export them to CSV.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cues: %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Позиції акторів у дипломатії та на переговорах — поруч, для порівняння.&lt;/p&gt;&lt;p&gt;Виділяйте заяви в статтях, стенограмах і офіційних повідомленнях про переговори, позначайте кожну за актором і темою, порівнюйте типи заяв акторів і експортуйте їх у CSV.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2. Маркери: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>its file or folder cannot be written</source>
        <translation>до його файлу або теки не можна записувати</translation>
    </message>
    <message>
        <source>This project is open read-only: %1. Save a copy to make changes.</source>
        <translation>Цей проєкт відкрито лише для читання: %1. Щоб вносити зміни, збережіть копію.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Зміну не внесено</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1</source>
        <translation>
            <numerusform>Експортовано %n заяву в %1</numerusform>
            <numerusform>Експортовано %n заяви в %1</numerusform>
            <numerusform>Експортовано %n заяв у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Вилучення документа</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Вилучити з проєкту «%1» разом з %n заявою? Команда Зміни ▸ Скасувати все поверне.</numerusform>
            <numerusform>Вилучити з проєкту «%1» разом з %n заявами? Команда Зміни ▸ Скасувати все поверне.</numerusform>
            <numerusform>Вилучити з проєкту «%1» разом з %n заявами? Команда Зміни ▸ Скасувати все поверне.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (лише читання)</translation>
    </message>
    <message>
        <source>%1 — Demarche</source>
        <translation>%1 — Demarche</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актори</numerusform>
            <numerusform>%n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n теми</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was exported to %1</source>
        <translation>Проєкт експортовано в %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>A menu in File: Documents…, REFI-QDA Project…</extracomment>
        <translation>&amp;Імпорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>A menu in File: Claims to CSV…, REFI-QDA Project…</extracomment>
        <translation>&amp;Експорт</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixClaimList</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Тип заяви</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The column of the claims&apos; positions: numbers on the topic&apos;s scale</extracomment>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Choose a cell to list its claims.</source>
        <translation>Виберіть клітинку, щоб побачити її заяви.</translation>
    </message>
    <message>
        <source>No claims: %1.</source>
        <translation>Заяв немає: %1.</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixLegend</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mean position of the cell&apos;s claims, weighted by salience: magenta towards −100, green towards +100; hatched where no claim gives one</source>
        <translation>Середня позиція заяв клітинки, зважена за вагомістю: пурпуровий — ближче до −100, зелений — ближче до +100; штриховано, якщо жодна заява не містить позиції</translation>
    </message>
    <message>
        <source>Number of claims in the cell; the darkest has %1</source>
        <translation>Кількість заяв у клітинці; найтемніша має %1</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>без позиції</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixView</name>
    <message>
        <source>Number of claims</source>
        <translation>Кількість заяв</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Середня позиція</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Колір за:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Враховувати членів</translation>
    </message>
    <message>
        <source>Count a member&apos;s claims in its parent&apos;s row as well: a minister&apos;s claims also count for his state</source>
        <translation>Зараховувати заяви члена також до рядка батьківського актора: заяви міністра враховуються і для його держави</translation>
    </message>
    <message>
        <source>&amp;Compare selected actors</source>
        <translation>&amp;Порівняти вибраних акторів</translation>
    </message>
    <message>
        <source>Select two actors by clicking their names (Ctrl+click the second), then compare their positions topic by topic</source>
        <translation>Виберіть двох акторів, клацнувши їхні назви (другого — з Ctrl), а потім порівняйте їхні позиції за темами</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation>&amp;Динаміка</translation>
    </message>
    <message>
        <source>Chart the current cell&apos;s actor on its topic by publication date</source>
        <translation>Побудувати графік позицій актора поточної клітинки щодо її теми за датою публікації</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт CSV…</translation>
    </message>
    <message>
        <source>Write every cell of the matrix to a CSV file</source>
        <translation>Записати всі клітинки матриці у файл CSV</translation>
    </message>
    <message>
        <source>%1 matrix.csv</source>
        <comment>file name</comment>
        <translation>%1 матриця.csv</translation>
    </message>
    <message>
        <source>Export Matrix to CSV</source>
        <translation>Експорт матриці в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 — тема «%2»</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Як додати акторів і теми</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook, and tag their claims: each cell counts what an actor says on a topic.</source>
        <translation>Акторів поки немає. Додайте в кодову книгу акторів, за якими стежите, і позначте їхні заяви: кожна клітинка показує, що актор каже на певну тему.</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to give the matrix its columns.</source>
        <translation>Тем поки немає. Додайте теми в кодову книгу — вони стануть стовпцями матриці.</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; it is counted here at once.</source>
        <translation>Заяв поки немає. Виділіть фрагмент статті й натисніть T, щоб позначити його; заяву буде одразу враховано тут.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Як позначити заяву</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Експорт матриці</translation>
    </message>
    <message>
        <source>The matrix could not be exported to %1.</source>
        <translation>Не вдалося експортувати матрицю в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Об’єднання «%1»</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Об’єднати з</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>Об’єднати «%1» &amp;з:</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Немає іншого запису, з яким можна об’єднати.</translation>
    </message>
    <message>
        <source>No claim uses “%1”; it is deleted.</source>
        <translation>Жодна заява не посилається на «%1»; запис буде видалено.</translation>
    </message>
    <message>
        <source>The one claim of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>Єдину заяву «%1» буде перенесено до «%2»; після цього «%1» буде видалено.</translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>
            <numerusform>Усі заяви «%1» (%n) буде перенесено до «%2»; після цього «%1» буде видалено.</numerusform>
            <numerusform>Усі заяви «%1» (%n) буде перенесено до «%2»; після цього «%1» буде видалено.</numerusform>
            <numerusform>Усі заяви «%1» (%n) буде перенесено до «%2»; після цього «%1» буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its sub-entries move under “%1”.</source>
        <translation>Його підзаписи буде перенесено до «%1».</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkTopicFilter</name>
    <message>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>Тем поки немає</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Теми: %1</translation>
    </message>
    <message>
        <source>Count only claims on the topics ticked here, each with its sub-topics</source>
        <translation>Враховувати лише заяви на позначені тут теми, кожну разом із підтемами</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkView</name>
    <message>
        <source>Congruence links actors who take similar positions on the same topics, conflict those who take opposite ones; affiliation links actors to the topics they speak on</source>
        <translation>Узгодженість пов’язує акторів, які займають схожі позиції щодо тих самих тем, конфлікт — тих, що займають протилежні; належність пов’язує акторів з темами, щодо яких вони висловлюються</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Мережа:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Враховувати членів</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Зараховувати актору заяви його членів (заяви міністра — його державі)</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Розташувати знову</translation>
    </message>
    <message>
        <source>Forget where nodes were dragged and arrange the network afresh</source>
        <translation>Забути, куди перетягнуто вузли, і розташувати мережу заново</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Умістити</translation>
    </message>
    <message>
        <source>Show the whole network; Ctrl+wheel zooms</source>
        <translation>Показати всю мережу; Ctrl+коліщатко масштабує</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Save the drawing as an image, or the network for Gephi or visone</source>
        <translation>Зберегти малюнок як зображення або мережу для Gephi чи visone</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Зображення PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Малюнок SVG…</translation>
    </message>
    <message>
        <source>GraphML for Gephi or visone…</source>
        <translation>GraphML для Gephi чи visone…</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Малюнок мережі</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see who agrees with whom.</source>
        <translation>Акторів поки немає. Додайте в кодову книгу акторів, за якими стежите, і позначте їхні заяви, щоб побачити, хто з ким погоджується.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Як додати акторів і теми</translation>
    </message>
    <message>
        <source>The network cannot be counted: %1</source>
        <translation>Не вдалося обчислити мережу: %1</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; the actors who made claims appear here.</source>
        <translation>Заяв поки немає. Виділіть фрагмент статті й натисніть T, щоб позначити його; актори, які зробили заяви, з’являться тут.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Як позначити заяву</translation>
    </message>
    <message>
        <source>No claims on the chosen topics in the chosen documents and stances.</source>
        <translation>Немає заяв вибраних типів на вибрані теми у вибраних документах.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>Про мережу</translation>
    </message>
    <message>
        <source>No edges: no two actors have taken a position on the same topic yet. An edge needs claims with a position by both actors on a topic.</source>
        <translation>Зв’язків немає: поки жодні два актори не висловили позицію щодо однієї теми. Для зв’язку потрібні заяви з позицією від обох акторів щодо однієї теми.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актори</numerusform>
            <numerusform>%n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n теми</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a node to move it; it stays where you put it.</source>
        <translation>Перетягніть вузол, щоб перемістити його; він лишиться там, де ви його поклали.</translation>
    </message>
    <message>
        <source>%1 network of %2</source>
        <comment>kind, project</comment>
        <translation>Мережа «%1» проєкту «%2»</translation>
    </message>
    <message>
        <source>Export Network as PNG</source>
        <translation>Експорт мережі в PNG</translation>
    </message>
    <message>
        <source>%1 %2 network.png</source>
        <comment>file name: project, kind</comment>
        <translation>%1 мережа %2.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Зображення PNG (*.png);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export Network as SVG</source>
        <translation>Експорт мережі в SVG</translation>
    </message>
    <message>
        <source>%1 %2 network.svg</source>
        <comment>file name: project, kind</comment>
        <translation>%1 мережа %2.svg</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Малюнки SVG (*.svg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export Network as GraphML</source>
        <translation>Експорт мережі в GraphML</translation>
    </message>
    <message>
        <source>%1 %2 network.graphml</source>
        <comment>file name: project, kind</comment>
        <translation>%1 мережа %2.graphml</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml);;All files (*)</source>
        <translation>Файли GraphML (*.graphml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Експорт мережі</translation>
    </message>
    <message>
        <source>The network could not be exported to %1.</source>
        <translation>Не вдалося експортувати мережу в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::PositionEditor</name>
    <message>
        <source>Set</source>
        <extracomment>A check box: the claim has a position on the topic&apos;s scale</extracomment>
        <translation>Задано</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Shown instead of the number when the claim has no position on the scale</extracomment>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Position set</source>
        <translation>Позицію задано</translation>
    </message>
    <message>
        <source>Clear to leave the claim without a position on the scale</source>
        <translation>Зніміть позначку, щоб лишити заяву без позиції на шкалі</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The number from -100 to +100 on a topic&apos;s scale, not a place</extracomment>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Position value</source>
        <translation>Значення позиції</translation>
    </message>
    <message>
        <source>The topic does not say what -100 and +100 mean; set its poles in the codebook</source>
        <translation>У темі не визначено, що означають -100 і +100; задайте її полюси в кодовій книзі</translation>
    </message>
    <message>
        <source>The holder&apos;s position on the topic&apos;s scale, from -100 to 100</source>
        <translation>Позиція автора на шкалі теми, від -100 до 100</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не визначено</translation>
    </message>
</context>
<context>
    <name>demarche::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформлення:</translation>
    </message>
</context>
<context>
    <name>demarche::Project</name>
    <message>
        <source>%1 is open read-only; changes cannot be saved</source>
        <translation>%1 відкрито лише для читання; зміни не можна зберегти</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>у проєкті немає документа з ідентифікатором %1</translation>
    </message>
</context>
<context>
    <name>demarche::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Жоден проєкт не відкрито.</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagController</name>
    <message>
        <source>The project is open read-only; claims cannot be added.</source>
        <translation>Проєкт відкрито лише для читання; додавати заяви не можна.</translation>
    </message>
    <message>
        <source>Select the words of a claim first, then tag them.</source>
        <translation>Спершу виділіть слова заяви, а потім позначте їх.</translation>
    </message>
    <message>
        <source>Claim added: %1 on %2</source>
        <translation>Заяву додано: %1, тема «%2»</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagDelegate</name>
    <message>
        <source>suggested</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>suggested: “%1”</source>
        <translation>запропоновано: «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagModel</name>
    <message>
        <source>Suggested: the selection says “%1”</source>
        <translation>Запропоновано: у виділеному фрагменті сказано «%1»</translation>
    </message>
    <message>
        <source>Suggested: the sentence around the selection says “%1”</source>
        <translation>Запропоновано: у реченні з виділеним фрагментом сказано «%1»</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, запропоновано</translation>
    </message>
    <message>
        <source>%1, suggested by the sentence</source>
        <translation>%1, запропоновано з огляду на речення</translation>
    </message>
    <message>
        <source>%1, suggested for “%2”</source>
        <translation>%1, запропоновано з огляду на «%2»</translation>
    </message>
    <message>
        <source>%1, suggested for “%2” in the sentence</source>
        <translation>%1, запропоновано з огляду на «%2» у реченні</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagPopup</name>
    <message>
        <source>Quick tag</source>
        <translation>Швидке позначення</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Створити актора «%1»</translation>
    </message>
    <message>
        <source>Create topic “%1”</source>
        <translation>Створити тему «%1»</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>The stage of the quick-tag popup: choosing who holds the claim.</extracomment>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Filter actors, or press 1–9</source>
        <translation>Фільтр акторів або натисніть 1–9</translation>
    </message>
    <message>
        <source>Filter topics, or press 1–9</source>
        <translation>Фільтр тем або натисніть 1–9</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Фільтр акторів</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Фільтр тем</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Esc to cancel</source>
        <translation>1–9 або Enter — вибрати · Esc — скасувати</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Backspace to go back</source>
        <translation>1–9 або Enter — вибрати · Backspace — назад</translation>
    </message>
    <message>
        <source>No actors yet. Add an actor in the Codebook first, or type a name to create one.</source>
        <translation>Акторів поки немає. Спершу додайте актора в кодову книгу або введіть назву, щоб створити його.</translation>
    </message>
    <message>
        <source>No topics yet. Add a topic in the Codebook first, or type a name to create one.</source>
        <translation>Тем поки немає. Спершу додайте тему в кодову книгу або введіть назву, щоб створити її.</translation>
    </message>
</context>
<context>
    <name>demarche::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні проєкти</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Недавніх проєктів немає</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистити список</translation>
    </message>
</context>
<context>
    <name>demarche::ScopeFilter</name>
    <message>
        <source>Count only claims of these stances</source>
        <translation>Враховувати лише заяви цих типів</translation>
    </message>
    <message>
        <source>Count only claims in the documents ticked here</source>
        <translation>Враховувати лише заяви з позначених тут документів</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Діапазон дат</translation>
    </message>
    <message>
        <source>Chosen documents</source>
        <translation>Вибрані документи</translation>
    </message>
    <message>
        <source>Which documents&apos; claims count</source>
        <translation>Заяви з яких документів враховуються</translation>
    </message>
    <message>
        <source>Published on or after; undated documents are left out</source>
        <translation>Опубліковано цього дня або пізніше; документи без дати не враховуються</translation>
    </message>
    <message>
        <source>Published on or before; undated documents are left out</source>
        <translation>Опубліковано цього дня або раніше; документи без дати не враховуються</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Усі типи заяв</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Документів поки немає</translation>
    </message>
    <message>
        <source>Stances: %1</source>
        <translation>Типи заяв: %1</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Вибрати документи…</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документи: %1</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Menu or place</source>
        <translation>Меню чи місце</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Фільтр за дією, клавішею чи меню</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фільтр скорочень</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineChart</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Середня позиція</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>The axis of the number of claims per period</extracomment>
        <translation>Заяви</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <comment>ISO week number, its year, first and last day</comment>
        <translation>Тиждень %1 %2 року (%3 – %4)</translation>
    </message>
    <message>
        <source>%1: mean position</source>
        <translation>%1: середня позиція</translation>
    </message>
    <message>
        <source>%1: claims</source>
        <translation>%1: заяви</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineView</name>
    <message>
        <source>The actor whose positions are plotted</source>
        <translation>Актор, позиції якого показано на графіку</translation>
    </message>
    <message>
        <source>The topic the positions are on</source>
        <translation>Тема, якої стосуються позиції</translation>
    </message>
    <message>
        <source>Include &amp;members</source>
        <translation>Включати &amp;членів</translation>
    </message>
    <message>
        <source>Count the claims of the actor&apos;s members (a minister for his state) as the actor&apos;s own</source>
        <translation>Зараховувати актору заяви його членів (заяви міністра — його державі)</translation>
    </message>
    <message>
        <source>Include &amp;sub-topics</source>
        <translation>Включати &amp;підтеми</translation>
    </message>
    <message>
        <source>Count claims on the topics under the chosen one</source>
        <translation>Враховувати заяви на теми, підпорядковані вибраній</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <source>A second actor, drawn dashed on the same chart</source>
        <translation>Другий актор, показаний пунктиром на тому самому графіку</translation>
    </message>
    <message>
        <source>Group the claims by publication date, by week (ISO weeks, Monday to Sunday), month, quarter or year</source>
        <translation>Групувати заяви за датою публікації, тижнем (тижні ISO, з понеділка по неділю), місяцем, кварталом або роком</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Актор:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Порівняти &amp;з:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;еріод:</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see their positions over time.</source>
        <translation>Акторів поки немає. Додайте в кодову книгу акторів, за якими стежите, і позначте їхні заяви, щоб бачити динаміку їхніх позицій.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Як додати акторів і теми</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to follow positions on them over time.</source>
        <translation>Тем поки немає. Додайте теми в кодову книгу, щоб стежити за динамікою позицій щодо них.</translation>
    </message>
    <message>
        <source>Choose an actor and a topic.</source>
        <translation>Виберіть актора і тему.</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>Не вдалося прочитати заяви: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not plotted: %n claim(s) in articles without a publication date.</source>
        <translation>
            <numerusform>Не показано: %n заява зі статей без дати публікації.</numerusform>
            <numerusform>Не показано: %n заяви зі статей без дати публікації.</numerusform>
            <numerusform>Не показано: %n заяв зі статей без дати публікації.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims by %1 on %2 yet.</source>
        <translation>%1 ще не має заяв на тему «%2».</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Як позначити заяву</translation>
    </message>
    <message>
        <source>How to date an article</source>
        <translation>Як задати дату статті</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 — тема «%2»</translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <comment>two actors on a topic</comment>
        <translation>%1 і %2 — тема «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n тиждень</numerusform>
            <numerusform>%n тижні</numerusform>
            <numerusform>%n тижнів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n квартал</numerusform>
            <numerusform>%n квартали</numerusform>
            <numerusform>%n кварталів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no claims</source>
        <comment>actor</comment>
        <translation>%1: немає заяв</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean position %2 from %n claim(s)</source>
        <translation>
            <numerusform>%1: середня позиція %2 на основі %n заяви</numerusform>
            <numerusform>%1: середня позиція %2 на основі %n заяв</numerusform>
            <numerusform>%1: середня позиція %2 на основі %n заяв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s), none with a position</source>
        <translation>
            <numerusform>%1: %n заява, без позиції</numerusform>
            <numerusform>%1: %n заяви, жодна не містить позиції</numerusform>
            <numerusform>%1: %n заяв, жодна не містить позиції</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated claims by %1 on %2 yet. Claims count once their article has a publication date (Edit ▸ Document Properties…).</source>
        <translation>%1 ще не має датованих заяв на тему «%2». Заяви враховуються, щойно їхня стаття отримає дату публікації (Зміни ▸ Властивості документа…).</translation>
    </message>
    <message numerus="yes">
        <source>%n publication date(s)</source>
        <translation>
            <numerusform>%n дата публікації</numerusform>
            <numerusform>%n дати публікації</numerusform>
            <numerusform>%n дат публікації</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заява</numerusform>
            <numerusform>%n заяви</numerusform>
            <numerusform>%n заяв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::TopicScaleDialog</name>
    <message>
        <source>Scale of “%1”</source>
        <translation>Шкала теми «%1»</translation>
    </message>
    <message>
        <source>e.g. full Ukrainian sovereignty over all its territory</source>
        <translation>напр., повний суверенітет України над усією її територією</translation>
    </message>
    <message>
        <source>e.g. Russian control of the annexed regions</source>
        <translation>напр., контроль Росії над анексованими регіонами</translation>
    </message>
    <message>
        <source>Optional: how to score, what counts as 0</source>
        <translation>Необов’язково: як оцінювати, що вважати нулем</translation>
    </message>
    <message>
        <source>+100 m&amp;eans:</source>
        <translation>+100 о&amp;значає:</translation>
    </message>
    <message>
        <source>&amp;How to score:</source>
        <translation>&amp;Як оцінювати:</translation>
    </message>
    <message>
        <source>What a position of −100 and of +100 means on “%1”. Positions in between are read against these two ends.</source>
        <translation>Що означають позиції −100 і +100 у темі «%1». Проміжні позиції оцінюються відносно цих двох крайніх значень.</translation>
    </message>
    <message>
        <source>−100 &amp;means:</source>
        <translation>−100 &amp;означає:</translation>
    </message>
</context>
<context>
    <name>demarche::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <extracomment>Go back to the section read before.</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Demarche User Guide</source>
        <translation>Посібник користувача Demarche</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Пошук у посібнику</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Зміст посібника</translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation>На початок посібника</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не знайдено</translation>
    </message>
</context>
<context>
    <name>demarche::ViewTabs</name>
    <message>
        <source>Workbench</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Read the articles and tag the claims (Ctrl+1)</source>
        <translation>Читання статей і позначення заяв (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Two actors&apos; positions side by side, topic by topic (Ctrl+2)</source>
        <translation>Позиції двох акторів поруч, тема за темою (Ctrl+2)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матриця</translation>
    </message>
    <message>
        <source>Every actor against every topic (Ctrl+3)</source>
        <translation>Кожен актор щодо кожної теми (Ctrl+3)</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>One or two actors&apos; positions on a topic over time, by period (Ctrl+4)</source>
        <translation>Позиції одного чи двох акторів щодо теми в часі, за періодами (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Робоче місце</translation>
    </message>
    <message>
        <source>&amp;Compare Actors</source>
        <translation>&amp;Порівняння акторів</translation>
    </message>
    <message>
        <source>Actor × Topic &amp;Matrix</source>
        <translation>&amp;Матриця «актор × тема»</translation>
    </message>
    <message>
        <source>Position &amp;Over Time</source>
        <translation>&amp;Динаміка позицій</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Who agrees with whom: actors linked by their positions on shared topics (Ctrl+5)</source>
        <translation>Хто з ким погоджується: актори, пов’язані позиціями щодо спільних тем (Ctrl+5)</translation>
    </message>
    <message>
        <source>Actor &amp;Network</source>
        <translation>М&amp;ережа акторів</translation>
    </message>
</context>
<context>
    <name>demarche::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>Highlight what actors claim in articles, tag it by actor and topic, and see their positions side by side.</source>
        <translation>Виділяйте в статтях заяви акторів, позначайте їх за актором і темою та порівнюйте позиції поруч.</translation>
    </message>
    <message>
        <source>Start an empty project file</source>
        <translation>Створити порожній файл проєкту</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Створити проєкт…</translation>
    </message>
    <message>
        <source>Open a .demarche project file</source>
        <translation>Відкрити файл проєкту .demarche</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>Three short articles with actors, topics and claims, to try every view</source>
        <translation>Три короткі статті з акторами, темами й заявами, щоб випробувати кожен вигляд</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Відкрити &amp;демонстраційний проєкт</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавні проєкти</translation>
    </message>
    <message>
        <source>New to Demarche? Read the user guide</source>
        <translation>Уперше в Demarche? Прочитайте посібник користувача</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Highlight, tag and compare the positions of actors.</source>
        <translation>Виділяйте, позначайте й порівнюйте позиції акторів.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Проєкт, який слід відкрити.</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>Відкрити демонстраційний проєкт.</translation>
    </message>
    <message>
        <source>Palette: system, light or dark.</source>
        <translation>Палітра: system, light або dark.</translation>
    </message>
</context>
</TS>
