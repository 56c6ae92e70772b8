<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
            <numerusform>%1 по теме «%2»: %n заявление — %3</numerusform>
            <numerusform>%1 по теме «%2»: %n заявления — %3</numerusform>
            <numerusform>%1 по теме «%2»: %n заявлений — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean position %1 (%n with a position)</source>
        <translation>
            <numerusform>средняя позиция %1 (с позицией: %n заявление)</numerusform>
            <numerusform>средняя позиция %1 (с позицией: %n заявления)</numerusform>
            <numerusform>средняя позиция %1 (с позицией: %n заявлений)</numerusform>
        </translation>
    </message>
    <message>
        <source>no claim gives a position</source>
        <translation>ни в одном заявлении не указана позиция</translation>
    </message>
    <message numerus="yes">
        <source>%n of them by members</source>
        <translation>
            <numerusform>из них %n — от представителей</numerusform>
            <numerusform>из них %n — от представителей</numerusform>
            <numerusform>из них %n — от представителей</numerusform>
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
        <translation>Позиция %1</translation>
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
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: экспорт отменён</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: это каталог, а не файл</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: строка %2, столбец «%3»: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» не является целым числом</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 вне диапазона %2 … %3</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project (use --create-missing to create it)</source>
        <translation>в проекте нет актора «%1» (чтобы создать его, укажите --create-missing)</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project (use --create-missing to create it)</source>
        <translation>в проекте нет темы «%1» (чтобы создать её, укажите --create-missing)</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>в проекте нет документа с идентификатором %1</translation>
    </message>
    <message>
        <source>does not match the document text at %1–%2, which reads “%3”</source>
        <translation>не совпадает с текстом документа в позициях %1–%2, где стоит «%3»</translation>
    </message>
    <message>
        <source>is empty; every claim needs an actor</source>
        <translation>пусто; у каждого заявления должен быть актор</translation>
    </message>
    <message>
        <source>is empty; every claim needs a topic</source>
        <translation>пусто; у каждого заявления должна быть тема</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos;; expected one of %2</source>
        <translation>неизвестный тип заявления «%1»; ожидается одно из значений: %2</translation>
    </message>
    <message>
        <source>unknown attribution &apos;%1&apos;; expected one of %2</source>
        <translation>неизвестная атрибуция «%1»; ожидается одно из значений: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>«%1» не является датой и временем (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: is empty; expected a header row and claims</source>
        <translation>%1: файл пуст; ожидаются строка заголовков и заявления</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing</source>
        <translation>%1: отсутствует столбец «%2»</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1: строка %2</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation>%1: столбец «%2» встречается дважды (столбцы %3 и %4)</translation>
    </message>
    <message>
        <source>%1: row %2 has a value in field %3, but the header names only %4 columns</source>
        <translation>%1: в строке %2 есть значение в поле %3, но в заголовке названо только столбцов: %4</translation>
    </message>
    <message>
        <source>%1: is a disk device, not a file</source>
        <translation>%1: это дисковое устройство, а не файл</translation>
    </message>
    <message>
        <source>%1: is a socket; give a file or a pipe</source>
        <translation>%1: это сокет; укажите файл или канал</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: не является файлом</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>имя файла не указано</translation>
    </message>
    <message>
        <source>%1: is the open project itself</source>
        <translation>%1: это открытый сейчас проект</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: размер превышает предел в %2 МБ</translation>
    </message>
    <message>
        <source>%1: nothing arrived for %2 seconds; is a program writing to it?</source>
        <translation>%1: за %2 с не поступило никаких данных; пишет ли в него какая-либо программа?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--stance: &apos;%1&apos; is not one of %2</source>
        <translation>--stance: «%1» — не одно из значений %2</translation>
    </message>
    <message>
        <source>--attribution: &apos;%1&apos; is not one of %2</source>
        <translation>--attribution: «%1» — не одно из значений %2</translation>
    </message>
    <message>
        <source>--position: %1 is outside -100 … 100</source>
        <translation>--position: %1 вне диапазона -100 … 100</translation>
    </message>
    <message>
        <source>--salience: %1 is outside 1 … 5</source>
        <translation>--salience: %1 вне диапазона 1 … 5</translation>
    </message>
    <message>
        <source>--occurrence: counts from 1</source>
        <translation>--occurrence: отсчёт начинается с 1</translation>
    </message>
    <message>
        <source>--quote: “%1” is not in document %2</source>
        <translation>--quote: «%1» нет в документе %2</translation>
    </message>
    <message>
        <source>--quote: “%1” does not occur %3 times in document %2</source>
        <translation>--quote: «%1» встречается в документе %2 менее %3 раз</translation>
    </message>
    <message>
        <source>claim add: --%1 is required</source>
        <translation>claim add: параметр --%1 обязателен</translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id</source>
        <translation>--doc: «%1» не является идентификатором документа</translation>
    </message>
    <message>
        <source>Marks a claim; prints its id.</source>
        <translation>Отмечает заявление; выводит его идентификатор.</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>Идентификатор документа.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The text of the claim, as it stands.</source>
        <translation>Текст заявления в том виде, в каком он стоит в документе.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (from 1).</source>
        <translation>Какое по счёту вхождение цитаты (начиная с 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start offset in code points.</source>
        <translation>Начальное смещение в кодовых точках.</translation>
    </message>
    <message>
        <source>End offset in code points (exclusive).</source>
        <translation>Конечное смещение в кодовых точках (не включительно).</translation>
    </message>
    <message>
        <source>Who holds the position.</source>
        <translation>Кто занимает позицию.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>О чём заявление.</translation>
    </message>
    <message>
        <source>Whom it addresses.</source>
        <translation>К кому оно обращено.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>-100 … 100 on the topic&apos;s scale.</source>
        <translation>от -100 до 100 по шкале темы.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>1 … 5 (default 3).</source>
        <translation>от 1 до 5 (по умолчанию 3).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>Заметка аналитика.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файл CSV для записи.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Начать с метки порядка байтов (для Excel).</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @ with an apostrophe.</source>
        <translation>Не добавлять апостроф перед ячейками, начинающимися с = + - @.</translation>
    </message>
    <message>
        <source>Only this actor&apos;s claims (repeatable).</source>
        <translation>Только заявления этого актора (можно повторять).</translation>
    </message>
    <message>
        <source>Only claims on this topic (repeatable).</source>
        <translation>Только заявления по этой теме (можно повторять).</translation>
    </message>
    <message>
        <source>Only claims in this document (repeatable).</source>
        <translation>Только заявления из этого документа (можно повторять).</translation>
    </message>
    <message>
        <source>Reads claims back from a CSV in the export format; all rows or none.</source>
        <translation>Считывает заявления обратно из CSV в формате экспорта; либо все строки, либо ни одной.</translation>
    </message>
    <message>
        <source>Create actors and topics the project does not have.</source>
        <translation>Создавать акторов и темы, которых нет в проекте.</translation>
    </message>
    <message>
        <source>Demarche %1: mark what actors say in articles, compare their positions, export them to CSV.

Usage:
</source>
        <translation>Demarche %1: отмечайте, что заявляют акторы в статьях, сравнивайте их позиции, экспортируйте их в CSV.

Использование:
</translation>
    </message>
    <message>
        <source>Usage: %1
%2
</source>
        <translation>Использование: %1
%2
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>команда не указана</translation>
    </message>
    <message>
        <source>unknown sub-command in “%1”</source>
        <translation>неизвестная подкоманда в «%1»</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation>Описывает эту команду.</translation>
    </message>
    <message>
        <source>%1: missing arguments; usage: %2</source>
        <translation>%1: не хватает аргументов; использование: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3</source>
        <translation>%1: неожиданный аргумент «%2»; использование: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: «%2» не является целым числом</translation>
    </message>
    <message>
        <source>--color: &apos;%1&apos; is not a colour like #1f77b4</source>
        <translation>--color: «%1» не является цветом вида #1f77b4</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project</source>
        <translation>в проекте нет актора «%1»</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project</source>
        <translation>в проекте нет темы «%1»</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: «%1» — не одно из значений %2</translation>
    </message>
    <message>
        <source>Highlight colour.</source>
        <translation>Цвет выделения.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>The parent it rolls up to.</source>
        <translation>Родительский элемент, к которому он сводится.</translation>
    </message>
    <message>
        <source>Adds an actor; prints its id.</source>
        <translation>Добавляет актора; выводит его идентификатор.</translation>
    </message>
    <message>
        <source>state, organisation, person or faction.</source>
        <translation>state, organisation, person или faction.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Adds a topic; prints its id.</source>
        <translation>Добавляет тему; выводит её идентификатор.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>расстояние</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.
</source>
        <translation>Ни у одного из акторов нет заявлений по этим темам.
</translation>
    </message>
    <message>
        <source>compare: give exactly two --actor options</source>
        <translation>compare: укажите ровно два параметра --actor</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, json</source>
        <translation>--format: «%1» — не одно из значений table, json</translation>
    </message>
    <message>
        <source>Compares two actors&apos; positions topic by topic.</source>
        <translation>Сравнивает позиции двух акторов по темам.</translation>
    </message>
    <message>
        <source>One of the two actors (give it twice).</source>
        <translation>Один из двух акторов (укажите параметр дважды).</translation>
    </message>
    <message>
        <source>Only this topic (repeatable).</source>
        <translation>Только эта тема (можно повторять).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Count only the actors&apos; own claims, not those of their members.</source>
        <translation>Учитывать только собственные заявления акторов, без заявлений их представителей.</translation>
    </message>
    <message>
        <source>Also write the comparison to this CSV file.</source>
        <translation>Также записать сравнение в этот файл CSV.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark, for Excel.</source>
        <translation>Начать CSV с метки порядка байтов (для Excel).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (по умолчанию) или json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list: &apos;%1&apos; is not one of documents, actors, topics, claims</source>
        <translation>list: «%1» — не одно из значений documents, actors, topics, claims</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, csv, json</source>
        <translation>--format: «%1» — не одно из значений table, csv, json</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date like 2024-03-31</source>
        <translation>--date: «%1» не является датой вида 2024-03-31</translation>
    </message>
    <message>
        <source>--title: give one file when naming its title</source>
        <translation>--title: заголовок можно задать только при импорте одного файла</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id</source>
        <translation>«%1» не является идентификатором документа</translation>
    </message>
    <message>
        <source>Creates a project file with the default topics (Ukraine, Syria, Iran).</source>
        <translation>Создаёт файл проекта с темами по умолчанию (Украина, Сирия, Иран).</translation>
    </message>
    <message>
        <source>The document&apos;s title.</source>
        <translation>Заголовок документа.</translation>
    </message>
    <message>
        <source>Where it was published.</source>
        <translation>Где он опубликован.</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Его адрес.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Publication date.</source>
        <translation>Дата публикации.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Import text that is already in the project.</source>
        <translation>Импортировать текст, который уже есть в проекте.</translation>
    </message>
    <message>
        <source>Writes a document&apos;s canonical text, byte for byte, to standard output.</source>
        <translation>Выводит канонический текст документа байт в байт в стандартный вывод.</translation>
    </message>
    <message>
        <source>Lists what the project holds.</source>
        <translation>Перечисляет содержимое проекта.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (по умолчанию), csv или json.</translation>
    </message>
    <message>
        <source>report: give exactly two --actor options</source>
        <translation>report: укажите ровно два параметра --actor</translation>
    </message>
    <message>
        <source>report: give --pdf OUT or --html OUT (or both)</source>
        <translation>report: укажите --pdf OUT или --html OUT (или оба)</translation>
    </message>
    <message>
        <source>matrix: give --csv OUT</source>
        <translation>matrix: укажите --csv OUT</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Записать отчёт в PDF формата A4.</translation>
    </message>
    <message>
        <source>Write the report as one HTML file.</source>
        <translation>Записать отчёт в один файл HTML.</translation>
    </message>
    <message>
        <source>Write the matrix to this CSV file.</source>
        <translation>Записать матрицу в этот файл CSV.</translation>
    </message>
    <message>
        <source>Writes a printable report comparing two actors, with the quotes as evidence.</source>
        <translation>Создаёт отчёт для печати, сравнивающий двух акторов, с цитатами в качестве подтверждения.</translation>
    </message>
    <message>
        <source>Writes the actor × topic matrix (claims, stances, mean positions) to CSV.</source>
        <translation>Записывает матрицу «актор × тема» (заявления, типы, средние позиции) в CSV.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date like 2024-03-31</source>
        <translation>--%1: «%2» не является датой вида 2024-03-31</translation>
    </message>
    <message>
        <source>Only documents published on or after this date; undated documents are then left out.</source>
        <translation>Только документы, опубликованные в эту дату или позже; документы без даты при этом не учитываются.</translation>
    </message>
    <message>
        <source>Only documents published on or before this date; undated documents are then left out.</source>
        <translation>Только документы, опубликованные в эту дату или раньше; документы без даты при этом не учитываются.</translation>
    </message>
    <message>
        <source>Only claims of this stance (repeatable): %1.</source>
        <translation>Только заявления этого типа (можно повторять): %1.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 позже, чем --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported</source>
        <translation>
            <numerusform>импортировано %n заявление</numerusform>
            <numerusform>импортировано %n заявления</numerusform>
            <numerusform>импортировано %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a claim id</source>
        <translation>«%1» не является идентификатором заявления</translation>
    </message>
    <message>
        <source>claim edit: a claim stays in its document</source>
        <translation>claim edit: заявление не может покинуть свой документ</translation>
    </message>
    <message>
        <source>Changes the given fields of a claim, or moves it within its document.</source>
        <translation>Изменяет указанные поля заявления или перемещает его в пределах документа.</translation>
    </message>
    <message>
        <source>Removes claims: all of them, or none when one is missing.</source>
        <translation>Удаляет заявления: все указанные или ни одного, если какого-то нет.</translation>
    </message>
    <message>
        <source>%1: give either --quote or both --start and --end</source>
        <translation>%1: укажите либо --quote, либо оба параметра --start и --end</translation>
    </message>
    <message>
        <source>%1: --start and --end go together</source>
        <translation>%1: --start и --end указываются вместе</translation>
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

&quot;demarche-cli COMMAND --help&quot; описывает параметры команды.
Смещения (--start, --end и столбцы start/end) считаются в кодовых точках Unicode.
Имена акторов и тем сопоставляются без учёта регистра и способа кодирования
диакритических знаков.
Файл или имя, начинающиеся с -, указываются после --, которое завершает параметры (demarche-cli import p.demarche -- -notes.txt).
Вывод с именем - — это стандартный вывод; в каналы и устройства данные записываются напрямую, обычные файлы заменяются только после полной записи.

Коды возврата: 0 — успех, 1 — ошибка использования, 2 — неверные входные данные, 3 — проект не удаётся открыть.
</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”; a file or name that begins with - goes after --</source>
        <translation>%1: неизвестный параметр «%2»; файл или имя, начинающиеся с -, указываются после --</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n представитель</numerusform>
            <numerusform>%n представителя</numerusform>
            <numerusform>%n представителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-topic(s)</source>
        <translation>
            <numerusform>%n подтема</numerusform>
            <numerusform>%n подтемы</numerusform>
            <numerusform>%n подтем</numerusform>
        </translation>
    </message>
    <message>
        <source>--reassign-to: “%1” is the one removed</source>
        <translation>--reassign-to: «%1» — это и есть удаляемый элемент</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the given fields of an actor; --alias replaces its aliases.</source>
        <translation>Изменяет указанные поля актора; --alias заменяет его синонимы.</translation>
    </message>
    <message>
        <source>Removes an actor; refused while claims or members use it, unless they are reassigned.</source>
        <translation>Удаляет актора; отказывает, пока его используют заявления или представители, если они не переназначены.</translation>
    </message>
    <message>
        <source>Move its claims (as holder or target) and its members to this actor first.</source>
        <translation>Сначала перенести его заявления (как автора или адресата) и его представителей к этому актору.</translation>
    </message>
    <message>
        <source>Changes the given fields of a topic; --keyword replaces its keywords.</source>
        <translation>Изменяет указанные поля темы; --keyword заменяет её ключевые слова.</translation>
    </message>
    <message>
        <source>Removes a topic; refused while claims or sub-topics use it, unless they are reassigned.</source>
        <translation>Удаляет тему; отказывает, пока её используют заявления или подтемы, если они не переназначены.</translation>
    </message>
    <message>
        <source>Move its claims and sub-topics to this topic first.</source>
        <translation>Сначала перенести её заявления и подтемы в эту тему.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Новое имя.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Make it top-level: it rolls up to nothing.</source>
        <translation>Сделать элементом верхнего уровня: он ни к чему не сводится.</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 и --%2 исключают друг друга</translation>
    </message>
    <message>
        <source>--parent and --no-parent exclude each other</source>
        <translation>--parent и --no-parent исключают друг друга</translation>
    </message>
    <message>
        <source>Another name for it (repeatable); an edit replaces them all.</source>
        <translation>Другое имя (можно повторять); при изменении заменяет все прежние.</translation>
    </message>
    <message>
        <source>Remove all its aliases.</source>
        <translation>Удалить все синонимы.</translation>
    </message>
    <message>
        <source>A word that cues it (repeatable); an edit replaces them all.</source>
        <translation>Слово-маркер (можно повторять); при изменении заменяет все прежние.</translation>
    </message>
    <message>
        <source>Remove all its keywords.</source>
        <translation>Удалить все ключевые слова.</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>стандартный вывод: не удаётся записать: %1</translation>
    </message>
    <message>
        <source>Lists where the codebook&apos;s names, aliases and keywords occur in a document (code points, end exclusive).</source>
        <translation>Перечисляет места в документе, где встречаются имена, синонимы и ключевые слова из кодификатора (в кодовых точках, конец не включительно).</translation>
    </message>
    <message>
        <source>Changes the given details of a document; an empty --source, --url or --date clears it.</source>
        <translation>Изменяет указанные сведения о документе; пустое значение --source, --url или --date очищает поле.</translation>
    </message>
    <message>
        <source>Removes documents and their claims: all of them, or none when one is missing.</source>
        <translation>Удаляет документы вместе с их заявлениями: все указанные или ни одного, если какого-то нет.</translation>
    </message>
    <message>
        <source>Imports %1 articles; prints &quot;id&lt;TAB&gt;title&quot; for each new one.</source>
        <translation>Импортирует статьи (%1); для каждой новой выводит &quot;id&lt;TAB&gt;title&quot;.</translation>
    </message>
    <message>
        <source>What a position of -100 means on this topic.</source>
        <translation>Что означает позиция -100 по этой теме.</translation>
    </message>
    <message>
        <source>What a position of +100 means on this topic.</source>
        <translation>Что означает позиция +100 по этой теме.</translation>
    </message>
    <message>
        <source>How to score positions on this topic.</source>
        <translation>Как оценивать позиции по этой теме.</translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n уже было в проекте</numerusform>
            <numerusform>%n уже были в проекте</numerusform>
            <numerusform>%n уже было в проекте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) created</source>
        <translation>
            <numerusform>создан %n актор</numerusform>
            <numerusform>создано %n актора</numerusform>
            <numerusform>создано %n акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) created</source>
        <translation>
            <numerusform>создана %n тема</numerusform>
            <numerusform>создано %n темы</numerusform>
            <numerusform>создано %n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>actor “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the actor: &quot;2 claims and 1 member&quot;</extracomment>
        <translation>актор «%1» всё ещё используется: %2; чтобы перенести их, укажите --reassign-to NAME</translation>
    </message>
    <message>
        <source>topic “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the topic: &quot;1 claim and 2 sub-topics&quot;</extracomment>
        <translation>тема «%1» всё ещё используется: %2; чтобы перенести их, укажите --reassign-to NAME</translation>
    </message>
    <message>
        <source>export: give --csv OUT or --qdpx OUT (or both)</source>
        <translation>export: укажите --csv OUT или --qdpx OUT (или оба)</translation>
    </message>
    <message>
        <source>Exports claims to CSV (RFC 4180, UTF-8), the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo, or both; each file is replaced only when complete.</source>
        <translation>Экспортирует заявления в CSV (RFC 4180, UTF-8), весь проект — как проект REFI-QDA (.qdpx) для QualCoder, MAXQDA, ATLAS.ti или NVivo, либо и то и другое; каждый файл заменяется только после полной записи.</translation>
    </message>
    <message>
        <source>The REFI-QDA project to write: every document, the codebook and every claim (the filters below apply to the CSV only).</source>
        <translation>Проект REFI-QDA для записи: все документы, кодификатор и все заявления (фильтры ниже относятся только к CSV).</translation>
    </message>
    <message>
        <source>network: give --kind congruence, conflict or affiliation</source>
        <translation>network: укажите --kind congruence, conflict или affiliation</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of congruence, conflict, affiliation</source>
        <translation>--kind: «%1» — не одно из значений congruence, conflict, affiliation</translation>
    </message>
    <message>
        <source>network: give --graphml OUT</source>
        <translation>network: укажите --graphml OUT</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n узел</numerusform>
            <numerusform>%n узла</numerusform>
            <numerusform>%n узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message>
        <source>congruence, conflict or affiliation. m(i,j) is the salience-weighted mean position of actor i&apos;s claims on topic j that have a position. Congruence of actors i and k is the sum, over the topics where both have a mean, of 1 - |m(i,j) - m(k,j)| / 200; conflict is the sum of |m(i,j) - m(k,j)| / 200; two actors are joined where the weight is above 0. Affiliation joins each actor to each topic it has claims on, weighted by their number, with the mean position.</source>
        <translation>congruence (согласие), conflict (конфликт) или affiliation (принадлежность). m(i,j) — средняя позиция заявлений актора i по теме j, имеющих позицию, взвешенная по значимости. Согласие акторов i и k — сумма по темам, по которым у обоих есть средняя, величин 1 - |m(i,j) - m(k,j)| / 200; конфликт — сумма |m(i,j) - m(k,j)| / 200; два актора связываются, если вес больше 0. Принадлежность связывает каждого актора с каждой темой, по которой у него есть заявления, с весом, равным их числу, и со средней позицией.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Write the network to this GraphML file (Gephi, visone).</source>
        <translation>Записать сеть в этот файл GraphML (Gephi, visone).</translation>
    </message>
    <message>
        <source>Only this topic and its sub-topics (repeatable).</source>
        <translation>Только эта тема и её подтемы (можно повторять).</translation>
    </message>
    <message>
        <source>Make every actor a node of its own; by default members count as their top-level actor (a minister as his state).</source>
        <translation>Сделать каждого актора отдельным узлом; по умолчанию представители засчитываются своему актору верхнего уровня (министр — своему государству).</translation>
    </message>
    <message>
        <source>Writes who agrees with whom as a GraphML network for Gephi or visone.</source>
        <translation>Записывает, кто с кем согласен, в виде сети GraphML для Gephi или visone.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>добавлен %n документ</numerusform>
            <numerusform>добавлено %n документа</numerusform>
            <numerusform>добавлено %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новый актор</numerusform>
            <numerusform>%n новых актора</numerusform>
            <numerusform>%n новых акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n новая тема</numerusform>
            <numerusform>%n новые темы</numerusform>
            <numerusform>%n новых тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>добавлено %n заявление</numerusform>
            <numerusform>добавлено %n заявления</numerusform>
            <numerusform>добавлено %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: nothing was lost.</source>
        <translation>Отчёт о потерях: ничего не потеряно.</translation>
    </message>
    <message numerus="yes">
        <source>Loss report: %n item(s)</source>
        <translation>
            <numerusform>Отчёт о потерях: %n элемент</numerusform>
            <numerusform>Отчёт о потерях: %n элемента</numerusform>
            <numerusform>Отчёт о потерях: %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo) in one step, making PROJECT when it does not exist; prints what was added and the loss report.</source>
        <translation>Импортирует проект REFI-QDA (QualCoder, MAXQDA, ATLAS.ti, NVivo) за один шаг, создавая PROJECT, если его нет; выводит, что добавлено, и отчёт о потерях.</translation>
    </message>
    <message>
        <source>The code whose subcodes are actors (its name, or its path as in Codes/Actors); every other code becomes a topic.</source>
        <translation>Код, подкоды которого — акторы (его имя или путь, как в Codes/Actors); все остальные коды становятся темами.</translation>
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
        <translation>добавление заявления</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>импорт «%1»</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>изменение заявления</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>изменение сведений о документе</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s); reassign them first</source>
        <translation>
            <numerusform>«%1» используется в %n заявлении; сначала переназначьте заявления</numerusform>
            <numerusform>«%1» используется в %n заявлениях; сначала переназначьте их</numerusform>
            <numerusform>«%1» используется в %n заявлениях; сначала переназначьте их</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry cannot be merged into itself</source>
        <translation>элемент нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>Add actor “%1”</source>
        <translation>добавление актора «%1»</translation>
    </message>
    <message>
        <source>Edit actor “%1”</source>
        <translation>изменение актора «%1»</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>удаление актора «%1»</translation>
    </message>
    <message>
        <source>Merge actor “%1” into “%2”</source>
        <translation>объединение актора «%1» с «%2»</translation>
    </message>
    <message>
        <source>Reorder actors</source>
        <translation>изменение порядка акторов</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>добавление темы «%1»</translation>
    </message>
    <message>
        <source>Edit topic “%1”</source>
        <translation>изменение темы «%1»</translation>
    </message>
    <message>
        <source>Delete topic “%1”</source>
        <translation>удаление темы «%1»</translation>
    </message>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>объединение темы «%1» с «%2»</translation>
    </message>
    <message>
        <source>Reorder topics</source>
        <translation>изменение порядка тем</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>удаление документа</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>удаление %n заявления</numerusform>
            <numerusform>удаление %n заявлений</numerusform>
            <numerusform>удаление %n заявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>there is no actor with id %1</source>
        <translation>нет актора с идентификатором %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself; choose two different actors</source>
        <translation>%1 нельзя сравнивать с самим собой; выберите двух разных акторов</translation>
    </message>
    <message>
        <source>there is no topic with id %1</source>
        <translation>нет темы с идентификатором %1</translation>
    </message>
    <message>
        <source>Could not write the comparison to %1: %2</source>
        <translation>Не удалось записать сравнение в %1: %2</translation>
    </message>
    <message>
        <source>the date range has an invalid date</source>
        <translation>в диапазоне дат есть недопустимая дата</translation>
    </message>
    <message>
        <source>there is no document with id %1</source>
        <translation>нет документа с идентификатором %1</translation>
    </message>
    <message>
        <source>Could not write the matrix to %1: %2</source>
        <translation>Не удалось записать матрицу в %1: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>Positions of %1 and %2</source>
        <translation>Позиции: %1 и %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Отчёт от %1</translation>
    </message>
    <message>
        <source>Project %1 · report of %2</source>
        <translation>Проект %1 · отчёт от %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>from %1 to %2; undated documents left out</source>
        <translation>с %1 по %2; документы без даты не учитываются</translation>
    </message>
    <message>
        <source>from %1 on; undated documents left out</source>
        <translation>с %1; документы без даты не учитываются</translation>
    </message>
    <message>
        <source>until %1; undated documents left out</source>
        <translation>по %1; документы без даты не учитываются</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>all topics</source>
        <translation>все темы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>все документы</translation>
    </message>
    <message>
        <source>Publication dates</source>
        <translation>Даты публикации</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Типы заявлений</translation>
    </message>
    <message>
        <source>all stances</source>
        <translation>все типы</translation>
    </message>
    <message>
        <source>Members&apos; claims</source>
        <translation>Заявления представителей</translation>
    </message>
    <message>
        <source>counted for their actor (a minister for his state)</source>
        <translation>учитываются за их актором (заявления министра — за его государством)</translation>
    </message>
    <message>
        <source>not counted; only each actor&apos;s own claims</source>
        <translation>не учитываются; только собственные заявления каждого актора</translation>
    </message>
    <message>
        <source>Positions by topic</source>
        <translation>Позиции по темам</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.</source>
        <translation>Ни у одного из акторов нет заявлений по этим темам.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>mean position</source>
        <translation>средняя позиция</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>входит в «%1»</translation>
    </message>
    <message>
        <source>both spoke</source>
        <translation>высказались оба</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>только %1</translation>
    </message>
    <message>
        <source>%1; distance %2</source>
        <translation>%1; расстояние %2</translation>
    </message>
    <message>
        <source>No claims on this topic.</source>
        <translation>Заявлений по этой теме нет.</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>заявлений: %1</translation>
    </message>
    <message>
        <source>mean position %1</source>
        <translation>средняя позиция %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>position %1, salience %2</source>
        <translation>позиция %1, значимость %2</translation>
    </message>
    <message>
        <source>Scale not defined</source>
        <translation>Шкала не определена</translation>
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
        <translation>Средние позиции взвешены по значимости и даны по шкале каждой темы от −100 до 100 (её полюса указаны под названием темы); заявления без позиции входят в число заявлений, но не в среднее. Темы, по которым не высказался ни один из акторов, не включены.</translation>
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
        <translation>файл содержит нулевые байты (NUL): это двоичные данные или текст в UTF-16, а не CSV в UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>файл содержит текст в UTF-16; сохраните его в формате «CSV UTF-8» и повторите попытку</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opens on line %1)</source>
        <translation>незакрытое поле в кавычках (кавычка открыта в строке %1)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>текст после закрывающей кавычки поля %1 (кавычка внутри поля в кавычках должна быть удвоена: &quot;&quot;)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: строка %2: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1, byte %2 of the file); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>текст не является допустимым UTF-8 (строка %1, байт %2 файла); сохраните его в формате «CSV UTF-8» и повторите попытку</translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation>файл не открыт для записи</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Не удалось записать данные CSV: %1</translation>
    </message>
</context>
<context>
    <name>DefaultTopics</name>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Full Ukrainian sovereignty over all its territory</source>
        <translation>Полный суверенитет Украины над всей её территорией</translation>
    </message>
    <message>
        <source>Russian control of the annexed regions and a neutral Ukraine</source>
        <translation>Контроль России над присоединёнными регионами и нейтральная Украина</translation>
    </message>
    <message>
        <source>Score the settlement the speaker wants: territory, neutrality, security guarantees. 0 is a ceasefire on the current line with the rest left open.</source>
        <translation>Оценивайте урегулирование, которого добивается говорящий: территория, нейтралитет, гарантии безопасности. 0 — прекращение огня по нынешней линии, остальное остаётся открытым.</translation>
    </message>
    <message>
        <source>No dealings with Damascus before a political transition</source>
        <translation>Никаких контактов с Дамаском до политического перехода</translation>
    </message>
    <message>
        <source>Full normalisation with the government in Damascus</source>
        <translation>Полная нормализация отношений с правительством в Дамаске</translation>
    </message>
    <message>
        <source>Reconstruction money, sanctions relief and recognition count as dealings; humanitarian access alone does not move a position.</source>
        <translation>Средства на восстановление, смягчение санкций и признание считаются контактами; один лишь гуманитарный доступ позицию не смещает.</translation>
    </message>
    <message>
        <source>Pressure alone: sanctions and isolation, no talks</source>
        <translation>Только давление: санкции и изоляция, без переговоров</translation>
    </message>
    <message>
        <source>Talks and engagement without conditions</source>
        <translation>Переговоры и взаимодействие без предварительных условий</translation>
    </message>
    <message>
        <source>Conditions set before talks (inspections first, limits on enrichment) move a position towards 0.</source>
        <translation>Условия, выдвинутые до переговоров (сначала инспекции, ограничения на обогащение), смещают позицию к 0.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>the pasted text is empty</source>
        <translation>вставленный текст пуст</translation>
    </message>
    <message>
        <source>the pasted text looks like binary data, not text</source>
        <translation>вставленный текст похож на двоичные данные, а не на текст</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>вставленный текст</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>offsets %1–%2 are not a span of the text, which has %3 characters</source>
        <translation>смещения %1–%2 не образуют фрагмент текста, в котором %3 символов</translation>
    </message>
    <message>
        <source>offsets %1–%2 split a character in two</source>
        <translation>смещения %1–%2 разрезают символ надвое</translation>
    </message>
</context>
<context>
    <name>Graphml</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Не удалось записать сеть в %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
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
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list of file suffixes: %1 is &quot;.txt, .md&quot;, %2 is &quot;.html&quot;</extracomment>
        <translation>%1 и %2</translation>
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
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Project</source>
        <translation>Открыть &amp;демонстрационный проект</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Импорт документов…</translation>
    </message>
    <message>
        <source>&amp;Export Claims to CSV…</source>
        <translation>&amp;Экспорт заявлений в CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>&amp;Вставить как новый документ</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>&amp;Разметить выделенное…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Удалить заявление</translation>
    </message>
    <message>
        <source>Document Pr&amp;operties…</source>
        <translation>&amp;Свойства документа…</translation>
    </message>
    <message>
        <source>Show C&amp;ues</source>
        <translation>&amp;Показывать маркеры</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Demarche</source>
        <translation>&amp;О программе Demarche</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Перейти к док&amp;ументам</translation>
    </message>
    <message>
        <source>Go to Code&amp;book</source>
        <translation>Перейти к &amp;кодификатору</translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation>Перейти к &amp;заявлениям</translation>
    </message>
    <message>
        <source>Go to the Claim &amp;Inspector</source>
        <translation>Перейти к &amp;инспектору заявлений</translation>
    </message>
    <message>
        <source>Underline the codebook&apos;s names, aliases and keywords in the article</source>
        <translation>Подчёркивать в статье имена, синонимы и ключевые слова из кодификатора</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 is the step to undo, as Edit ▸ Undo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 is the step to redo, as Edit ▸ Redo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <extracomment>In the menu File ▸ Import: a whole project from QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;Проект REFI-QDA…</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project…</source>
        <extracomment>In the menu File ▸ Export: the whole project for QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;Проект REFI-QDA…</translation>
    </message>
    <message>
        <source>Make a new project from a REFI-QDA project (.qdpx) of QualCoder, MAXQDA, ATLAS.ti, NVivo or Demarche</source>
        <translation>Создать новый проект на основе проекта REFI-QDA (.qdpx) из QualCoder, MAXQDA, ATLAS.ti, NVivo или Demarche</translation>
    </message>
    <message>
        <source>Write the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti and NVivo</source>
        <translation>Записать весь проект как проект REFI-QDA (.qdpx) для QualCoder, MAXQDA, ATLAS.ti и NVivo</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Demarche project</source>
        <translation>Проект Demarche</translation>
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
        <translation>Не удалось записать сеть в %1: %2</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>не удалось отрисовать изображение</translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message>
        <source>Congruence</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>Congruence: two actors are linked by the topics on which both took a position; each such topic adds 1 − |difference of their mean positions| / 200, so full agreement adds 1.</source>
        <translation>Согласие: два актора связаны темами, по которым оба заняли позицию; каждая такая тема добавляет 1 − |разность их средних позиций| / 200, так что полное согласие добавляет 1.</translation>
    </message>
    <message>
        <source>Conflict: two actors are linked by the topics on which both took a position; each such topic adds |difference of their mean positions| / 200, so opposite extremes add 1.</source>
        <translation>Конфликт: два актора связаны темами, по которым оба заняли позицию; каждая такая тема добавляет |разность их средних позиций| / 200, так что противоположные крайности добавляют 1.</translation>
    </message>
    <message>
        <source>Affiliation: each actor is linked to the topics it made claims on, weighted by the number of claims.</source>
        <translation>Принадлежность: каждый актор связан с темами, по которым он делал заявления, с весом, равным числу заявлений.</translation>
    </message>
    <message>
        <source>Means are weighted by salience.</source>
        <translation>Средние взвешены по значимости.</translation>
    </message>
    <message>
        <source>Members count as their top-level actor.</source>
        <translation>Представители засчитываются своему актору верхнего уровня.</translation>
    </message>
    <message>
        <source>Every actor counts on its own, members included.</source>
        <translation>Каждый актор учитывается отдельно, включая представителей.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>actor on topic</comment>
        <translation>%1 по теме «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean position: %1</source>
        <translation>Средняя позиция: %1</translation>
    </message>
    <message>
        <source>No claim with a position</source>
        <translation>Нет заявлений с позицией</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>two actors</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Congruence: %1</source>
        <translation>Согласие: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Конфликт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %n topic(s): %1</source>
        <translation>
            <numerusform>По %n теме: %1</numerusform>
            <numerusform>По %n темам: %1</numerusform>
            <numerusform>По %n темам: %1</numerusform>
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
        <translation>%1: это проект или другая база данных SQLite; запись в него уничтожила бы её, выберите другой файл</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>выходной файл не указан</translation>
    </message>
    <message>
        <source>%1: is the open project itself; choose another file</source>
        <translation>%1: это открытый сейчас проект; выберите другой файл</translation>
    </message>
    <message>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1: это папка; выберите имя файла</translation>
    </message>
    <message>
        <source>%1: is neither a file, a pipe nor a character device</source>
        <translation>%1: не является ни файлом, ни каналом, ни символьным устройством</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>файл не открыт</translation>
    </message>
    <message>
        <source>%1: is a pipe or a device; this format can only be written to a file</source>
        <translation>%1: это канал или устройство; этот формат можно записать только в файл</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Не удалось записать PDF %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>laying out pages needs the graphical libraries (a QGuiApplication), which are not running</source>
        <translation>для вёрстки страниц нужны графические библиотеки (QGuiApplication), а они не запущены</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>не удалось отрисовать страницы</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Demarche projects (*.demarche);;All files (*)</source>
        <translation>Проекты Demarche (*.demarche);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открытие проекта</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Не удалось открыть проект.

%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Не удалось создать проект.

%1</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Демонстрационный проект</translation>
    </message>
    <message>
        <source>The sample project could not be created.

%1</source>
        <translation>Не удалось создать демонстрационный проект.

%1</translation>
    </message>
    <message>
        <source>Untitled.demarche</source>
        <translation>Без имени.demarche</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранение проекта</translation>
    </message>
    <message>
        <source>%1 copy.demarche</source>
        <translation>%1 (копия).demarche</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>Не удалось сохранить копию.

%1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1 уже существует. Выберите другое имя или откройте этот файл командой «Файл ▸ Открыть проект…».</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: файл проекта не найден</translation>
    </message>
    <message>
        <source>%1: is a directory, not a project file</source>
        <translation>%1: это каталог, а не файл проекта</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: is empty, not a Demarche project</source>
        <translation>%1: файл пуст и не является проектом Demarche</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (not an SQLite database)</source>
        <translation>%1: не является проектом Demarche (это не база данных SQLite)</translation>
    </message>
    <message>
        <source>%1: the SQLite driver for Qt is missing</source>
        <translation>%1: отсутствует драйвер SQLite для Qt</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>%1: the project is locked by another program</source>
        <translation>%1: проект заблокирован другой программой</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Demarche project (%2)</source>
        <translation>%1: повреждён или не является проектом Demarche (%2)</translation>
    </message>
    <message>
        <source>%1: is damaged: %2</source>
        <translation>%1: повреждён: %2</translation>
    </message>
    <message>
        <source>%1: is an SQLite database but not a Demarche project</source>
        <translation>%1: база данных SQLite, но не проект Demarche</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Demarche (project format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1: сохранён более новой версией Demarche (формат проекта %2; эта версия читает форматы до %3). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1: the change was not saved</source>
        <translation>%1: изменение не сохранено</translation>
    </message>
    <message>
        <source>the claim has no actor</source>
        <translation>у заявления нет актора</translation>
    </message>
    <message>
        <source>the claim has no topic</source>
        <translation>у заявления нет темы</translation>
    </message>
    <message>
        <source>the target actor must differ from the actor who holds the claim</source>
        <translation>актор-адресат должен отличаться от актора — автора заявления</translation>
    </message>
    <message>
        <source>position %1 is outside %2 … %3</source>
        <translation>позиция %1 вне диапазона %2 … %3</translation>
    </message>
    <message>
        <source>salience %1 is outside %2 … %3</source>
        <translation>значимость %1 вне диапазона %2 … %3</translation>
    </message>
    <message>
        <source>the claim&apos;s actor, target or topic is not in the project</source>
        <translation>актора, адресата или темы заявления нет в проекте</translation>
    </message>
    <message>
        <source>no claim with id %1 in the project</source>
        <translation>в проекте нет заявления с идентификатором %1</translation>
    </message>
    <message>
        <source>%1: the colour is not valid</source>
        <translation>%1: недопустимый цвет</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent, directly or through others</source>
        <translation>%1 не может быть родителем самому себе, ни напрямую, ни через другие элементы</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>«%1» уже существует</translation>
    </message>
    <message>
        <source>%1: the parent actor does not exist</source>
        <translation>%1: родительский актор не существует</translation>
    </message>
    <message>
        <source>no actor with id %1 in the project</source>
        <translation>в проекте нет актора с идентификатором %1</translation>
    </message>
    <message>
        <source>%1: the parent topic does not exist</source>
        <translation>%1: родительская тема не существует</translation>
    </message>
    <message>
        <source>no topic with id %1 in the project</source>
        <translation>в проекте нет темы с идентификатором %1</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>в проекте нет документа с идентификатором %1</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>документ не содержит текста</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>у документа нет заголовка</translation>
    </message>
    <message>
        <source>the same text is already in the project as document %1 (“%2”); use --allow-duplicate to import it again</source>
        <translation>этот же текст уже есть в проекте как документ %1 («%2»); чтобы импортировать его ещё раз, укажите --allow-duplicate</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>у актора нет имени</translation>
    </message>
    <message>
        <source>the topic has no name</source>
        <translation>у темы нет названия</translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2)</source>
        <translation>%1: проект повреждён (%2)</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1: не удалось записать копию: %2</translation>
    </message>
    <message>
        <source>%1: the project is open read-only</source>
        <translation>%1: проект открыт только для чтения</translation>
    </message>
    <message>
        <source>%1: the id %2 is already in use</source>
        <translation>%1: идентификатор %2 уже занят</translation>
    </message>
    <message numerus="yes">
        <source>the actor holds %n claim(s); reassign or delete them first</source>
        <translation>
            <numerusform>у актора %n заявление; сначала переназначьте или удалите его</numerusform>
            <numerusform>у актора %n заявления; сначала переназначьте или удалите их</numerusform>
            <numerusform>у актора %n заявлений; сначала переназначьте или удалите их</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scale note contains a control character (U+%2)</source>
        <translation>%1: примечание к шкале содержит управляющий символ (U+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) tagged with the topic; retag or delete them first</source>
        <translation>
            <numerusform>темой размечено %n заявление; сначала измените его разметку или удалите его</numerusform>
            <numerusform>темой размечено %n заявления; сначала измените их разметку или удалите их</numerusform>
            <numerusform>темой размечено %n заявлений; сначала измените их разметку или удалите их</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project is read-only (%2); it can be read but not changed</source>
        <translation>%1: проект доступен только для чтения (%2); его можно просматривать, но не изменять</translation>
    </message>
    <message>
        <source>%1: was saved by an older version of Demarche and must be updated to be read, but it is opened read-only and no updated copy could be made: %2</source>
        <translation>%1: сохранён более старой версией Demarche, и для чтения его нужно обновить, но он открыт только для чтения, а обновлённую копию создать не удалось: %2</translation>
    </message>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>его диск смонтирован только для чтения</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>его папка %1 недоступна для записи</translation>
    </message>
    <message>
        <source>%1: is named like the log or journal of %2; choose another name</source>
        <translation>%1: так называются служебные файлы (журнал) проекта %2; выберите другое имя</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt cannot open a database</source>
        <translation>драйвер SQLite для Qt не может открыть базу данных</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (%2); it was left unchanged</source>
        <translation>%1: не является проектом Demarche (%2); файл оставлен без изменений</translation>
    </message>
    <message>
        <source>%1: the project is read-only (the file, its folder or its disk cannot be written); the change was not saved</source>
        <translation>%1: проект доступен только для чтения (файл, его папка или диск недоступны для записи); изменение не сохранено</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing more could be written and the project is as it was</source>
        <translation>%1: диск заполнен; больше ничего записать не удалось, проект остался в прежнем состоянии</translation>
    </message>
    <message>
        <source>%1: the disk refused to read or write the project (%2)</source>
        <translation>%1: диск отказался читать или записывать проект (%2)</translation>
    </message>
    <message>
        <source>%1: the project or a file beside it (-wal, -shm, -journal) cannot be opened (%2)</source>
        <translation>%1: не удаётся открыть проект или соседний с ним файл (-wal, -shm, -journal) (%2)</translation>
    </message>
    <message>
        <source>%1: “%2” contains a control character (U+%3); it must be one line of plain text</source>
        <extracomment>%1 names the field: Name, Alias, Keyword, Title, Source…</extracomment>
        <translation>%1: «%2» содержит управляющий символ (U+%3); значение должно быть одной строкой обычного текста</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Синоним</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Отрицательный полюс</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Положительный полюс</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Ключевое слово</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>the schema entry %1 differs</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>элемент схемы %1 отличается от ожидаемого</translation>
    </message>
    <message>
        <source>it holds an unknown schema entry %1</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>в нём есть неизвестный элемент схемы %1</translation>
    </message>
    <message>
        <source>the schema entry %1 is missing</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>отсутствует элемент схемы %1</translation>
    </message>
</context>
<context>
    <name>QdpxExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>the archive entry %1 failed (zip error %2)</source>
        <translation>не удалось записать элемент архива %1 (ошибка zip %2)</translation>
    </message>
    <message>
        <source>it is no longer a file</source>
        <translation>это больше не файл</translation>
    </message>
    <message>
        <source>the archive cannot be started (zip error %1)</source>
        <translation>не удаётся создать архив (ошибка zip %1)</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: экспорт отменён</translation>
    </message>
    <message>
        <source>the archive cannot be completed (zip error %1)</source>
        <translation>не удаётся завершить архив (ошибка zip %1)</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Экспорт проекта REFI-QDA</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The project could not be exported.

%1</source>
        <translation>Не удалось экспортировать проект.

%1</translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: не является файлом</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; refused</source>
        <translation>%1: размер больше %2 МБ; файл отклонён</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не удаётся прочитать (%2)</translation>
    </message>
    <message>
        <source>%1: holds no .qde project file; not a REFI-QDA project</source>
        <translation>%1: не содержит файла проекта .qde; это не проект REFI-QDA</translation>
    </message>
    <message>
        <source>%1: holds several project files (%2); a REFI-QDA project has one</source>
        <extracomment>%2 lists the files, separated by commas</extracomment>
        <translation>%1: содержит несколько файлов проекта (%2); в проекте REFI-QDA он один</translation>
    </message>
    <message>
        <source>has no text (no plainTextPath and no PlainTextContent)</source>
        <translation>не содержит текста (нет ни plainTextPath, ни PlainTextContent)</translation>
    </message>
    <message>
        <source>its text is outside the archive (%1); not read</source>
        <translation>его текст находится вне архива (%1); не прочитан</translation>
    </message>
    <message>
        <source>its text %1 is not in the archive</source>
        <translation>его текста %1 нет в архиве</translation>
    </message>
    <message>
        <source>%1: the text %2 is not valid UTF-8 (byte %3)</source>
        <extracomment>%2 is a file inside the archive, %3 a byte offset</extracomment>
        <translation>%1: текст %2 не является допустимым UTF-8 (байт %3)</translation>
    </message>
    <message>
        <source>%1: the text is binary data, not text</source>
        <translation>%1: вместо текста двоичные данные</translation>
    </message>
    <message>
        <source>the code has no usable name; left out, with what is coded with it</source>
        <translation>у кода нет пригодного имени; пропущен вместе со всем, что им закодировано</translation>
    </message>
    <message>
        <source>the description line “%1” was not understood; left out</source>
        <translation>строка описания «%1» не распознана; пропущена</translation>
    </message>
    <message>
        <source>the code&apos;s description was not imported</source>
        <translation>описание кода не импортировано</translation>
    </message>
    <message>
        <source>not used: the file was written by Demarche, whose actors are known</source>
        <translation>не используется: файл записан программой Demarche, акторы в нём известны</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>a selection in the loss report: source name, start and end positions</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>the position is outside the text; not imported</source>
        <translation>смещение выходит за пределы текста; не импортировано</translation>
    </message>
    <message>
        <source>the position splits a character (between CR and LF, or inside a letter and its accent); not imported</source>
        <translation>смещение разрезает символ (между CR и LF или между буквой и её диакритическим знаком); не импортировано</translation>
    </message>
    <message>
        <source>the selection holds only blank space; not imported</source>
        <translation>выделенный фрагмент содержит только пробелы; не импортировано</translation>
    </message>
    <message>
        <source>the text has over 30 combining marks in a row, and positions cannot follow its canonical form; not imported</source>
        <translation>в тексте более 30 комбинируемых знаков подряд, и смещения не удаётся сопоставить с его канонической формой; не импортировано</translation>
    </message>
    <message>
        <source>a %1 with no plain text; not imported</source>
        <extracomment>%1 is an element of the file: PictureSource, AudioSource, ...</extracomment>
        <translation>элемент %1 без обычного текста; не импортировано</translation>
    </message>
    <message>
        <source>the text is empty; not imported</source>
        <translation>текст пуст; не импортировано</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) on the pages rather than the text; not imported</source>
        <translation>
            <numerusform>%n выделенный фрагмент на страницах, а не в тексте; не импортировано</numerusform>
            <numerusform>%n выделенных фрагмента на страницах, а не в тексте; не импортированы</numerusform>
            <numerusform>%n выделенных фрагментов на страницах, а не в тексте; не импортированы</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Документ без названия</translation>
    </message>
    <message>
        <source>the source&apos;s description was not imported</source>
        <translation>описание документа не импортировано</translation>
    </message>
    <message>
        <source>the selection is empty; not imported</source>
        <translation>выделенный фрагмент пуст; не импортировано</translation>
    </message>
    <message>
        <source>%1; not imported</source>
        <translation>%1; не импортировано</translation>
    </message>
    <message>
        <source>coded with a code that is not in the codebook; that coding was left out</source>
        <translation>закодировано кодом, которого нет в кодификаторе; это кодирование пропущено</translation>
    </message>
    <message>
        <source>coded with several stances; the first was kept</source>
        <translation>закодировано несколькими типами заявлений; сохранён первый</translation>
    </message>
    <message>
        <source>coded with no actor and no topic; not imported</source>
        <translation>закодировано без актора и без темы; не импортировано</translation>
    </message>
    <message>
        <source>coded with an actor but no topic; not imported</source>
        <translation>закодировано актором, но без темы; не импортировано</translation>
    </message>
    <message numerus="yes">
        <source>coded with several actors or topics: one claim for each of its %n actor–topic pair(s)</source>
        <translation>
            <numerusform>закодировано несколькими акторами или темами: по заявлению на каждую из %n пары «актор — тема»</numerusform>
            <numerusform>закодировано несколькими акторами или темами: по заявлению на каждую из %n пар «актор — тема»</numerusform>
            <numerusform>закодировано несколькими акторами или темами: по заявлению на каждую из %n пар «актор — тема»</numerusform>
        </translation>
    </message>
    <message>
        <source>the variable was not imported</source>
        <translation>переменная не импортирована</translation>
    </message>
    <message numerus="yes">
        <source>the code is neither an actor nor a topic; %n coding(s) with it were left out</source>
        <translation>
            <numerusform>код не является ни актором, ни темой; пропущено %n кодирование с ним</numerusform>
            <numerusform>код не является ни актором, ни темой; пропущено %n кодирования с ним</numerusform>
            <numerusform>код не является ни актором, ни темой; пропущено %n кодирований с ним</numerusform>
        </translation>
    </message>
    <message>
        <source>the actor was created for the selections coded with a topic and no actor</source>
        <translation>актор создан для выделенных фрагментов, закодированных темой без актора</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) coded with a topic and no actor became claims of this actor</source>
        <translation>
            <numerusform>%n выделенный фрагмент, закодированный темой без актора, стал заявлением этого актора</numerusform>
            <numerusform>%n выделенных фрагмента, закодированных темой без актора, стали заявлениями этого актора</numerusform>
            <numerusform>%n выделенных фрагментов, закодированных темой без актора, стали заявлениями этого актора</numerusform>
        </translation>
    </message>
    <message>
        <source>the target “%1” is not an actor; left out</source>
        <translation>адресат «%1» не является актором; пропущен</translation>
    </message>
    <message>
        <source>declares a document type (&lt;!DOCTYPE&gt;), which REFI-QDA does not use; refused for safety</source>
        <translation>объявляет тип документа (&lt;!DOCTYPE&gt;), который REFI-QDA не использует; отклонено из соображений безопасности</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>не является проектом REFI-QDA (нет элемента &lt;Project&gt;)</translation>
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <extracomment>%1 and %2 are line and column numbers, %3 the XML parser&apos;s explanation</extracomment>
        <translation>недопустимый XML в строке %1, столбце %2: %3</translation>
    </message>
    <message>
        <source>not imported: Demarche has no place for this part of a project</source>
        <translation>не импортировано: в Demarche нет места для этой части проекта</translation>
    </message>
    <message>
        <source>codes nested more than %1 deep; refused</source>
        <translation>глубина вложенности кодов больше %1; отклонено</translation>
    </message>
    <message>
        <source>nested more than %1 codes deep; placed at that depth</source>
        <translation>глубина вложенности больше %1; помещён на эту глубину</translation>
    </message>
    <message>
        <source>the file has no code named “%1” to hold the actors</source>
        <translation>в файле нет кода «%1», который содержал бы акторов</translation>
    </message>
    <message>
        <source>several codes are named “%1”; give its path from the top, as in “%2”</source>
        <translation>несколько кодов называются «%1»; укажите путь от верхнего уровня, например «%2»</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>Save the imported project as</source>
        <translation>Сохранение импортированного проекта</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file could not be read.

%1</source>
        <translation>Не удалось прочитать файл.

%1</translation>
    </message>
    <message>
        <source>The project could not be imported.

%1</source>
        <translation>Не удалось импортировать проект.

%1</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>отсутствует поле «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>поле «%1» должно быть текстом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>поле «%1» пусто</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>поле «%1» должно быть списком текстов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>поле «%1» должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour</source>
        <translation>«%1» не является цветом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; expected one of: %3</source>
        <translation>неизвестное значение поля %1: «%2»; ожидается одно из: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: раздел «%2» должен быть списком</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: недопустимый JSON в байте %2: %3</translation>
    </message>
    <message>
        <source>%1: must hold a JSON object</source>
        <translation>%1: ожидается объект JSON</translation>
    </message>
    <message>
        <source>%1: unsupported format; expected &quot;format&quot;: %2</source>
        <translation>%1: неподдерживаемый формат; ожидается &quot;format&quot;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: claims[%2] (“%3”)</source>
        <translation>%1: claims[%2] («%3»)</translation>
    </message>
    <message>
        <source>%1: the parent topic &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: родительская тема «%2» темы «%3» должна быть указана раньше неё</translation>
    </message>
    <message>
        <source>%1: the parent actor &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: родительский актор «%2» актора «%3» должен быть указан раньше него</translation>
    </message>
    <message>
        <source>no document &apos;%1&apos; in %2</source>
        <translation>в %2 нет документа «%1»</translation>
    </message>
    <message>
        <source>unknown holder &apos;%1&apos;</source>
        <translation>неизвестный автор «%1»</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;</source>
        <translation>неизвестный адресат «%1»</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos;</source>
        <translation>неизвестная тема «%1»</translation>
    </message>
    <message>
        <source>the quote does not occur in %1</source>
        <translation>цитата не встречается в %1</translation>
    </message>
    <message>
        <source>the quote occurs fewer than %1 times in %2</source>
        <translation>цитата встречается в %2 менее %1 раз</translation>
    </message>
    <message>
        <source>%1: unsupported file type; expected %2</source>
        <translation>%1: неподдерживаемый тип файла; ожидается %2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Quick tag</source>
        <translation>Быстрая разметка</translation>
    </message>
    <message>
        <source>Select text, snapped to whole words</source>
        <translation>Выделить текст с привязкой к целым словам</translation>
    </message>
    <message>
        <source>Select all of the article</source>
        <translation>Выделить всю статью</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>Выделить точно, без привязки к словам</translation>
    </message>
    <message>
        <source>%1 + drag</source>
        <translation>%1 + перетаскивание</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Choose the actor or topic with this number</source>
        <translation>Выбрать актора или тему с этим номером</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Choose the highlighted actor or topic</source>
        <translation>Выбрать подсвеченного актора или тему</translation>
    </message>
    <message>
        <source>Move the highlight</source>
        <translation>Переместить подсветку</translation>
    </message>
    <message>
        <source>Filter the list, or name a new actor or topic</source>
        <translation>Отфильтровать список или задать имя нового актора или темы</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Ввести имя</translation>
    </message>
    <message>
        <source>Back from the topic to the actor</source>
        <translation>Вернуться от темы к актору</translation>
    </message>
    <message>
        <source>Cancel tagging</source>
        <translation>Отменить разметку</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>%1: is a binary file, not text</source>
        <translation>%1: двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>%1: contains no text</source>
        <translation>%1: не содержит текста</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; decoded as Windows-1252</source>
        <translation>%1: недопустимый UTF-8; декодирован как Windows-1252</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: это каталог, а не файл</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: не является обычным файлом</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB; the limit is %3 MB</source>
        <translation>%1: размер %2 МБ; предел — %3 МБ</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: размер превышает предел в %2 МБ</translation>
    </message>
    <message>
        <source>%1: is the open project itself, not a document</source>
        <translation>%1: это открытый сейчас проект, а не документ</translation>
    </message>
    <message>
        <source>%1: unsupported file type (no extension); expected %2</source>
        <translation>%1: неподдерживаемый тип файла (нет расширения); ожидается %2</translation>
    </message>
    <message>
        <source>%1: unsupported file type &apos;%2&apos;; expected %3</source>
        <translation>%1: неподдерживаемый тип файла «%2»; ожидается %3</translation>
    </message>
    <message>
        <source>%1: nests too deep</source>
        <translation>%1: слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the heading above a document&apos;s footnotes and endnotes, after its text</extracomment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1: файл повреждён</translation>
    </message>
    <message>
        <source>%1: encrypted</source>
        <translation>%1: файл зашифрован</translation>
    </message>
    <message>
        <source>%1: no text layer — scanned PDF?</source>
        <translation>%1: нет текстового слоя — отсканированный PDF?</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n page(s); the rest is left out</source>
        <translation>
            <numerusform>%1: чтение остановлено после %n страницы; остальное пропущено</numerusform>
            <numerusform>%1: чтение остановлено после %n страниц; остальное пропущено</numerusform>
            <numerusform>%1: чтение остановлено после %n страниц; остальное пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running header(s) and footer(s) left out</source>
        <translation>
            <numerusform>%1: пропущен %n колонтитул</numerusform>
            <numerusform>%1: пропущено %n колонтитула</numerusform>
            <numerusform>%1: пропущено %n колонтитулов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) hyphenated at a line end joined</source>
        <translation>
            <numerusform>%1: соединено %n слово с переносом в конце строки</numerusform>
            <numerusform>%1: соединено %n слова с переносом в конце строки</numerusform>
            <numerusform>%1: соединено %n слов с переносом в конце строки</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: too large once unpacked (a zip bomb?)</source>
        <translation>%1: слишком велик после распаковки (ZIP-бомба?)</translation>
    </message>
    <message>
        <source>%1: not a valid %2 file (%3 is missing)</source>
        <extracomment>%2 is a format (&quot;DOCX&quot;, &quot;ODT&quot;), %3 a part of its file (&quot;word/document.xml&quot;)</extracomment>
        <translation>%1: недопустимый файл %2 (нет %3)</translation>
    </message>
    <message>
        <source>%1: took too long to read; no text was found in time</source>
        <translation>%1: чтение заняло слишком много времени; текст за это время не найден</translation>
    </message>
</context>
<context>
    <name>TopicScale</name>
    <message>
        <source>%1: not defined</source>
        <translation>%1: не задано</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scale not defined</source>
        <translation>шкала не определена</translation>
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
        <translation>Требование</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>A stance value: the actor puts forward a plan or an offer for discussion.</extracomment>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Concession</source>
        <extracomment>A stance value: the actor gives ground it had held before.</extracomment>
        <translation>Уступка</translation>
    </message>
    <message>
        <source>Refusal / red line</source>
        <extracomment>A stance value: the actor rejects something or names a limit it will not cross.</extracomment>
        <translation>Отказ / красная линия</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>A stance value: the actor backs another party&apos;s position or a plan.</extracomment>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Criticism</source>
        <extracomment>A stance value: the actor objects to what another party does or says.</extracomment>
        <translation>Критика</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A stance value: the actor binds itself to doing something (a pledge).</extracomment>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Threat</source>
        <extracomment>A stance value: the actor announces consequences if others do not comply.</extracomment>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>A stance value: the actor states how it sees a situation, without asking or offering anything.</extracomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <extracomment>An attribution: the article quotes the actor&apos;s own words.</extracomment>
        <translation>Прямая цитата</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <extracomment>An attribution: the article renders the actor&apos;s words in its own words.</extracomment>
        <translation>Пересказ</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>An attribution: the article reports the claim second-hand (&quot;according to officials&quot;).</extracomment>
        <translation>Косвенное сообщение</translation>
    </message>
    <message>
        <source>Analyst&apos;s inference</source>
        <extracomment>An attribution: the analyst infers the claim; the actor did not state it.</extracomment>
        <translation>Вывод аналитика</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>An actor kind: a country, not a condition or a federal state.</extracomment>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>An actor kind: an international or non-governmental organisation (EU, UN, NATO).</extracomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>An actor kind: an individual, such as a minister or a president.</extracomment>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Faction</source>
        <extracomment>An actor kind: a party, a movement or an armed group within a country.</extracomment>
        <translation>Фракция</translation>
    </message>
</context>
<context>
    <name>demarche::ActorKindDelegate</name>
    <message>
        <source>Kind</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>demarche::ActorsUnderDialog</name>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <source>“%1” was made by another program. Which of its codes holds the actors? The codes below the one you choose become actors; every other code becomes a topic.</source>
        <translation>«%1» создан другой программой. Какой из его кодов содержит акторов? Коды под выбранным станут акторами; все остальные коды станут темами.</translation>
    </message>
    <message>
        <source>None: every code becomes a topic</source>
        <extracomment>The first choice in a list of codes: no code holds actors.</extracomment>
        <translation>Нет: все коды станут темами</translation>
    </message>
    <message>
        <source>Every code becomes a topic. Coded passages become claims of the actor “Unattributed”.</source>
        <translation>Все коды станут темами. Закодированные фрагменты станут заявлениями актора «Unattributed».</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) below “%1” become actors; the other codes become topics.</source>
        <translation>
            <numerusform>%n код под «%1» станет актором; остальные коды станут темами.</numerusform>
            <numerusform>%n кода под «%1» станут акторами; остальные коды станут темами.</numerusform>
            <numerusform>%n кодов под «%1» станут акторами; остальные коды станут темами.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ArticleHeader</name>
    <message>
        <source>Article title, source and date</source>
        <translation>Заголовок, источник и дата статьи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Источник и дата</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleTextEdit</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleView</name>
    <message>
        <source>Open a document from the list, or import one</source>
        <translation>Откройте документ из списка или импортируйте новый</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Как импортировать статью</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimFilterBar</name>
    <message>
        <source>This document only</source>
        <translation>Только этот документ</translation>
    </message>
    <message>
        <source>Search quotes, notes, actors…</source>
        <translation>Поиск по цитатам, заметкам, акторам…</translation>
    </message>
    <message>
        <source>The claims of one actor and of the actors under it</source>
        <translation>Заявления одного актора и подчинённых ему акторов</translation>
    </message>
    <message>
        <source>The claims on one topic and on its sub-topics</source>
        <translation>Заявления по одной теме и её подтемам</translation>
    </message>
    <message>
        <source>The claims of one stance type</source>
        <translation>Заявления одного типа</translation>
    </message>
    <message>
        <source>Only the claims of the article that is open</source>
        <translation>Только заявления открытой статьи</translation>
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
        <translation>тип %1</translation>
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
        <translation>Все акторы</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Все типы</translation>
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
        <translation>Ад&amp;ресат:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Тип заявления</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <extracomment>The number from -100 to +100 on the topic&apos;s scale, not a place</extracomment>
        <translation>&amp;Позиция:</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Значимость:</translation>
    </message>
    <message>
        <source>How central the claim is to the holder&apos;s position: 1 is a passing remark, 5 is at its core</source>
        <translation>Насколько заявление важно для позиции автора: 1 — мимолётное замечание, 5 — её суть</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>Атри&amp;буция:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>За&amp;метка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your remarks on this claim</source>
        <translation>Ваши замечания к этому заявлению</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Аналитик:</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Select a claim to see its details</source>
        <translation>Выберите заявление, чтобы увидеть подробности</translation>
    </message>
    <message>
        <source>What the claim&apos;s fields mean</source>
        <translation>Что означают поля заявления</translation>
    </message>
    <message>
        <source>Claim inspector</source>
        <translation>Инспектор заявлений</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimsPanel</name>
    <message>
        <source>Go to claim</source>
        <translation>Перейти к заявлению</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Удалить заявление</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>Копировать цитату</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Compare %1 with</source>
        <translation>Сравнить «%1» с</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 из %n заявления</numerusform>
            <numerusform>%1 из %n заявлений</numerusform>
            <numerusform>%1 из %n заявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims yet. Select text in an article and press T to tag it.</source>
        <translation>Заявлений пока нет. Выделите текст в статье и нажмите T, чтобы разметить его.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Как разметить заявление</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Нет заявлений, соответствующих этим фильтрам.</translation>
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
        <translation>Действия с кодификатором</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Добавить дочерний</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move up; the first nine have quick-tag numbers</source>
        <translation>Вверх; первые девять доступны по номерам в быстрой разметке</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move down; the first nine have quick-tag numbers</source>
        <translation>Вниз; первые девять доступны по номерам в быстрой разметке</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Move all claims to another entry, then delete this one</source>
        <translation>Перенести все заявления в другой элемент, затем удалить этот</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Удалить выбранный элемент</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Choose the colour of the selected entry</source>
        <translation>Выбрать цвет выбранного элемента</translation>
    </message>
    <message>
        <source>How the codebook works</source>
        <translation>Как устроен кодификатор</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s).</source>
        <translation>
            <numerusform>«%1» используется в %n заявлении.</numerusform>
            <numerusform>«%1» используется в %n заявлениях.</numerusform>
            <numerusform>«%1» используется в %n заявлениях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the claims to another entry, which deletes “%1”, or cancel.</source>
        <translation>Переназначьте заявления другому элементу (при этом «%1» будет удалён) или отмените удаление.</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Переназначить…</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Цвет «%1»</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPanel</name>
    <message>
        <source>New actor</source>
        <translation>Новый актор</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Добавить актора</translation>
    </message>
    <message>
        <source>Add an actor under the selected one</source>
        <translation>Добавить актора, подчинённого выбранному</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <source>No actors yet. Press Insert, or Add above, to add the states, organisations and people you follow.</source>
        <translation>Акторов пока нет. Нажмите Insert или кнопку «Добавить» вверху, чтобы добавить государства, организации и лица, за которыми вы следите.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <source>Add a sub-topic under the selected topic</source>
        <translation>Добавить подтему к выбранной теме</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>No topics yet. Press Insert, or Add above, to add the files the actors negotiate.</source>
        <translation>Тем пока нет. Нажмите Insert или кнопку «Добавить» вверху, чтобы добавить вопросы, по которым ведут переговоры акторы.</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Шкала…</translation>
    </message>
    <message>
        <source>Say what -100 and +100 mean on the selected topic</source>
        <translation>Указать, что означают -100 и +100 по выбранной теме</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Акторы</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Темы</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookTreeModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Цвет %1</translation>
    </message>
    <message>
        <source>Key %1 picks “%2” in the quick-tag popup</source>
        <translation>Клавиша %1 выбирает «%2» во всплывающем окне быстрой разметки</translation>
    </message>
    <message>
        <source>The number key that picks the entry in the quick-tag popup</source>
        <translation>Цифровая клавиша, выбирающая элемент во всплывающем окне быстрой разметки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Синонимы</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
</context>
<context>
    <name>demarche::CompareBar</name>
    <message>
        <source>First actor</source>
        <translation>Первый актор</translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation>Второй актор</translation>
    </message>
    <message>
        <source>Roll up members</source>
        <translation>Учитывать представителей</translation>
    </message>
    <message>
        <source>Show topics without claims</source>
        <translation>Показывать темы без заявлений</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <source>Swap the two actors</source>
        <translation>Поменять акторов местами</translation>
    </message>
    <message>
        <source>Swap actors</source>
        <translation>Поменять местами</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Учитывать заявления представителей актора (министра — за его государством) как его собственные</translation>
    </message>
    <message>
        <source>The comparison as a CSV table, one row per topic</source>
        <translation>Сравнение в виде таблицы CSV, по строке на тему</translation>
    </message>
    <message>
        <source>A printable report with every quote, as PDF or HTML</source>
        <translation>Отчёт для печати со всеми цитатами, в формате PDF или HTML</translation>
    </message>
</context>
<context>
    <name>demarche::CompareView</name>
    <message>
        <source>How to compare two actors</source>
        <translation>Как сравнить двух акторов</translation>
    </message>
    <message>
        <source>Comparing needs two actors. Add them to the codebook, then choose them above.</source>
        <translation>Для сравнения нужны два актора. Добавьте их в кодификатор, затем выберите их вверху.</translation>
    </message>
    <message>
        <source>How to add actors</source>
        <translation>Как добавить акторов</translation>
    </message>
    <message>
        <source>Choose two different actors to compare.</source>
        <translation>Выберите двух разных акторов для сравнения.</translation>
    </message>
    <message>
        <source>Choose the two actors to compare above.</source>
        <translation>Выберите вверху двух акторов для сравнения.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims yet. Tag what they say in the articles to compare their positions.</source>
        <translation>Ни у одного из акторов (%1, %2) пока нет заявлений. Разметьте их высказывания в статьях, чтобы сравнить их позиции.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Как разметить заявление</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims within these filters.</source>
        <translation>Ни у одного из акторов (%1, %2) нет заявлений в пределах этих фильтров.</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Экспорт сравнения в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Веб-страницы (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save Comparison Report</source>
        <translation>Сохранение отчёта о сравнении</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Не удалось выполнить экспорт в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::ComparisonModel</name>
    <message>
        <source>%1: mean positions %2 apart</source>
        <translation>%1: средние позиции расходятся на %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>нет заявлений</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <extracomment>The mean position of the actor&apos;s claims on the topic&apos;s scale</extracomment>
        <translation>среднее %1</translation>
    </message>
    <message>
        <source>both</source>
        <extracomment>A topic on which both compared actors made claims</extracomment>
        <translation>оба</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>только %1</translation>
    </message>
    <message>
        <source>neither</source>
        <extracomment>A topic on which neither compared actor made claims</extracomment>
        <translation>ни один</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>both, no positions</source>
        <translation>оба, без позиций</translation>
    </message>
    <message>
        <source>%1 has no positions</source>
        <translation>%1: нет позиций</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>position %1</source>
        <extracomment>The claim&apos;s position: the number on the topic&apos;s scale</extracomment>
        <translation>позиция %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Actor A</source>
        <translation>Актор A</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Actor B</source>
        <translation>Актор B</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentDetailsDialog</name>
    <message>
        <source>Set the &amp;date:</source>
        <translation>Задать &amp;дату:</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без даты</translation>
    </message>
    <message>
        <source>Source and Date</source>
        <translation>Источник и дата</translation>
    </message>
    <message numerus="yes">
        <source>The source and publication date of %n document(s): %1</source>
        <translation>
            <numerusform>Источник и дата публикации %n документа: %1</numerusform>
            <numerusform>Источник и дата публикации %n документов: %1</numerusform>
            <numerusform>Источник и дата публикации %n документов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>e.g. TASS, Reuters, the ministry&apos;s website</source>
        <translation>напр. ТАСС, Reuters, сайт министерства</translation>
    </message>
    <message>
        <source>various; type to set one for all</source>
        <translation>разные; введите, чтобы задать один для всех</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message numerus="yes">
        <source>Set the source and date of %n document(s)</source>
        <translation>
            <numerusform>Задать источник и дату для %n документа</numerusform>
            <numerusform>Задать источник и дату для %n документов</numerusform>
            <numerusform>Задать источник и дату для %n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentImporter</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Вставленный текст</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Импорт %1 из %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Импорт %n документа</numerusform>
            <numerusform>Импорт %n документов</numerusform>
            <numerusform>Импорт %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text is already in the project as “%1”</source>
        <translation>этот же текст уже есть в проекте как «%1»</translation>
    </message>
    <message>
        <source>has the same text as %1</source>
        <translation>совпадает по тексту с %1</translation>
    </message>
    <message>
        <source>the project did not accept it</source>
        <translation>проект не принял его</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported</source>
        <translation>%1 открыт только для чтения; импортировать документы нельзя</translation>
    </message>
    <message>
        <source>The text was not imported.</source>
        <translation>Текст не импортирован.</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>«%1» не импортирован.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
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
        <translation>Импортирован: %1</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Свойства документа</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Без даты публикации</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без даты</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>e.g. en, ru, fr</source>
        <translation>напр. en, ru, fr</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортирован:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Символов:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Заявлений:</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Этого документа больше нет в проекте.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>У документа должен быть заголовок.</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>Проект открыт только для чтения; изменения нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentsPanel</name>
    <message>
        <source>No documents yet. Import articles to read and tag them.</source>
        <translation>Документов пока нет. Импортируйте статьи, чтобы читать и размечать их.</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>Импорт документов…</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Как импортировать статью</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Фильтр документов…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Свойства…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
</context>
<context>
    <name>demarche::ExportClaimsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible (adds a byte order mark)</source>
        <translation>Для E&amp;xcel (добавить метку порядка байтов)</translation>
    </message>
    <message>
        <source>&amp;Escape cells that look like formulas</source>
        <translation>&amp;Экранировать ячейки, похожие на формулы</translation>
    </message>
    <message>
        <source>Export claims to CSV</source>
        <translation>Экспорт заявлений в CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>&amp;All claims (%1)</source>
        <translation>&amp;Все заявления (%1)</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table</source>
        <translation>Только заявления, показанные в &amp;таблице заявлений</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. Leave it off for R, pandas and LibreOffice.</source>
        <translation>Excel читает файл CSV как UTF-8, только если он начинается с метки порядка байтов. Для R, pandas и LibreOffice её добавлять не нужно.</translation>
    </message>
    <message>
        <source>Spreadsheets may run a cell that begins with =, +, -, @ as a formula, so a crafted quote could act when the file is opened. Escaping puts an apostrophe before such cells, which spreadsheets show as plain text. Clear it only for programs that never evaluate formulas.</source>
        <translation>Электронные таблицы могут выполнить ячейку, начинающуюся с =, +, -, @, как формулу, и специально составленная цитата может сработать при открытии файла. Экранирование ставит перед такими ячейками апостроф, и таблицы показывают их как обычный текст. Отключайте его только для программ, которые никогда не вычисляют формулы.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A button: write the claims to the file.</extracomment>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table (%1: %2)</source>
        <translation>Только заявления, показанные в &amp;таблице заявлений (%1: %2)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation>Экспорт заявлений</translation>
    </message>
    <message>
        <source>The claims cannot be exported to “%1”.</source>
        <translation>Заявления нельзя экспортировать в «%1».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>The claims could not be exported to “%1”.</source>
        <translation>Не удалось экспортировать заявления в «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 из %Ln заявления</numerusform>
            <numerusform>%1 из %Ln заявлений</numerusform>
            <numerusform>%1 из %Ln заявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportReviewDialog</name>
    <message>
        <source>Check the Imported Documents</source>
        <translation>Проверка импортированных документов</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headings: the file a document came from, its title, publication date, source, and what the import left out of its text (running headers, page numbers)</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Очищено</translation>
    </message>
    <message numerus="yes">
        <source>Correct the details of %n document(s)</source>
        <translation>
            <numerusform>исправление сведений о %n документе</numerusform>
            <numerusform>исправление сведений о %n документах</numerusform>
            <numerusform>исправление сведений о %n документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title, date and source of %n new document(s), as read from the file(s). Correct any that are wrong; they can also be changed later in Document Properties.</source>
        <translation>
            <numerusform>Заголовок, дата и источник %n нового документа, как они прочитаны из файла. Исправьте неверное; позже их можно изменить и в окне «Свойства документа».</numerusform>
            <numerusform>Заголовки, даты и источники %n новых документов, как они прочитаны из файлов. Исправьте неверное; позже их можно изменить и в окне «Свойства документа».</numerusform>
            <numerusform>Заголовки, даты и источники %n новых документов, как они прочитаны из файлов. Исправьте неверное; позже их можно изменить и в окне «Свойства документа».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Итоги импорта</translation>
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
        <translation>не файл статьи; пропущен</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the summary to the clipboard.</extracomment>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>No documents were imported: there was no article file to import.</source>
        <translation>Ни один документ не импортирован: не нашлось файлов статей для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n document(s).</source>
        <translation>
            <numerusform>Импортировано %1 из %n документа.</numerusform>
            <numerusform>Импортировано %1 из %n документов.</numerusform>
            <numerusform>Импортировано %1 из %n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not read.</source>
        <translation>
            <numerusform>Импорт отменён; не прочитан %n файл.</numerusform>
            <numerusform>Импорт отменён; не прочитано %n файла.</numerusform>
            <numerusform>Импорт отменён; не прочитано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</source>
        <translation>
            <numerusform>В папках пропущен %n файл: импортируются только файлы форматов %1, вложенные папки не просматриваются.</numerusform>
            <numerusform>В папках пропущено %n файла: импортируются только файлы форматов %1, вложенные папки не просматриваются.</numerusform>
            <numerusform>В папках пропущено %n файлов: импортируются только файлы форматов %1, вложенные папки не просматриваются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the documents with a warning: their text may not have been read as intended.</source>
        <translation>Проверьте документы с предупреждениями: их текст мог быть прочитан не так, как задумано.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Отклонены:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Пропущены:</translation>
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
        <translation>Импорт REFI-QDA</translation>
    </message>
    <message>
        <source>Nothing was lost: everything in the file is in the project.</source>
        <translation>Ничего не потеряно: всё содержимое файла есть в проекте.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the file could not be represented in the project; they are listed below.</source>
        <translation>
            <numerusform>%n элемент файла не удалось представить в проекте; см. список ниже.</numerusform>
            <numerusform>%n элемента файла не удалось представить в проекте; см. список ниже.</numerusform>
            <numerusform>%n элементов файла не удалось представить в проекте; см. список ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column headings of the loss report: where in the file, and what was not taken in.</extracomment>
        <translation>Где</translation>
    </message>
    <message>
        <source>What was lost</source>
        <translation>Что потеряно</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the report to the clipboard.</extracomment>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«%1» импортирован.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новый актор</numerusform>
            <numerusform>%n новых актора</numerusform>
            <numerusform>%n новых акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n новая тема</numerusform>
            <numerusform>%n новые темы</numerusform>
            <numerusform>%n новых тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MainWindow</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Проект только для чтения</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открытие документа</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Open or create a project that can be changed, then drop the articles on it.</source>
        <translation>Откройте или создайте проект, который можно изменять, затем перетащите на него статьи.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодификатор</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>About Demarche</source>
        <translation>О программе Demarche</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Positions of actors in diplomacy and negotiations, side by side.&lt;/p&gt;&lt;p&gt;Highlight the claims in articles, read-outs and transcripts, tag each by actor and topic, compare the actors&apos; stances and export them to CSV.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cues: %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Позиции акторов в дипломатии и на переговорах — бок о бок.&lt;/p&gt;&lt;p&gt;Выделяйте заявления в статьях, отчётах о встречах и стенограммах, размечайте каждое по актору и теме, сравнивайте типы заявлений акторов и экспортируйте их в CSV.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2. Маркеры: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>its file or folder cannot be written</source>
        <translation>его файл или папка недоступны для записи</translation>
    </message>
    <message>
        <source>This project is open read-only: %1. Save a copy to make changes.</source>
        <translation>Этот проект открыт только для чтения: %1. Чтобы вносить изменения, сохраните копию.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Изменение не внесено</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1</source>
        <translation>
            <numerusform>Экспортировано в %1: %n заявление</numerusform>
            <numerusform>Экспортировано в %1: %n заявления</numerusform>
            <numerusform>Экспортировано в %1: %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удаление документа</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Удалить «%1» и его %n заявление из проекта? Команда «Правка ▸ Отменить» вернёт всё обратно.</numerusform>
            <numerusform>Удалить «%1» и его %n заявления из проекта? Команда «Правка ▸ Отменить» вернёт всё обратно.</numerusform>
            <numerusform>Удалить «%1» и его %n заявлений из проекта? Команда «Правка ▸ Отменить» вернёт всё обратно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <source>%1 — Demarche</source>
        <translation>%1 — Demarche</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актора</numerusform>
            <numerusform>%n акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was exported to %1</source>
        <translation>Проект экспортирован в %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>A menu in File: Documents…, REFI-QDA Project…</extracomment>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>A menu in File: Claims to CSV…, REFI-QDA Project…</extracomment>
        <translation>&amp;Экспорт</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The column of the claims&apos; positions: numbers on the topic&apos;s scale</extracomment>
        <translation>Позиция</translation>
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
        <translation>Выберите ячейку, чтобы увидеть её заявления.</translation>
    </message>
    <message>
        <source>No claims: %1.</source>
        <translation>Нет заявлений: %1.</translation>
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
        <translation>Средняя позиция заявлений в ячейке, взвешенная по значимости: пурпурный — ближе к −100, зелёный — ближе к +100; штриховка — ни в одном заявлении позиция не указана</translation>
    </message>
    <message>
        <source>Number of claims in the cell; the darkest has %1</source>
        <translation>Число заявлений в ячейке; в самой тёмной — %1</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>нет позиции</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixView</name>
    <message>
        <source>Number of claims</source>
        <translation>Число заявлений</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Средняя позиция</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Окрашивать по:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Учитывать представителей</translation>
    </message>
    <message>
        <source>Count a member&apos;s claims in its parent&apos;s row as well: a minister&apos;s claims also count for his state</source>
        <translation>Учитывать заявления представителя также в строке родительского актора: заявления министра засчитываются и его государству</translation>
    </message>
    <message>
        <source>&amp;Compare selected actors</source>
        <translation>&amp;Сравнить выбранных акторов</translation>
    </message>
    <message>
        <source>Select two actors by clicking their names (Ctrl+click the second), then compare their positions topic by topic</source>
        <translation>Выберите двух акторов, щёлкнув по их именам (второго — с Ctrl), затем сравните их позиции по темам</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation>&amp;Динамика</translation>
    </message>
    <message>
        <source>Chart the current cell&apos;s actor on its topic by publication date</source>
        <translation>Показать на графике позиции актора текущей ячейки по её теме по датам публикации</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write every cell of the matrix to a CSV file</source>
        <translation>Записать все ячейки матрицы в файл CSV</translation>
    </message>
    <message>
        <source>%1 matrix.csv</source>
        <comment>file name</comment>
        <translation>%1 матрица.csv</translation>
    </message>
    <message>
        <source>Export Matrix to CSV</source>
        <translation>Экспорт матрицы в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 по теме «%2»</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Как добавить акторов и темы</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook, and tag their claims: each cell counts what an actor says on a topic.</source>
        <translation>Акторов пока нет. Добавьте в кодификатор акторов, за которыми вы следите, и разметьте их заявления: каждая ячейка показывает, что актор заявляет по теме.</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to give the matrix its columns.</source>
        <translation>Тем пока нет. Добавьте темы в кодификатор — они станут столбцами матрицы.</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; it is counted here at once.</source>
        <translation>Заявлений пока нет. Выделите фрагмент статьи и нажмите T, чтобы разметить его; он сразу же будет учтён здесь.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Как разметить заявление</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Экспорт матрицы</translation>
    </message>
    <message>
        <source>The matrix could not be exported to %1.</source>
        <translation>Не удалось экспортировать матрицу в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Объединение «%1»</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>&amp;Объединить «%1» с:</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Нет другого элемента, с которым можно объединить.</translation>
    </message>
    <message>
        <source>No claim uses “%1”; it is deleted.</source>
        <translation>Ни одно заявление не использует «%1»; элемент будет удалён.</translation>
    </message>
    <message>
        <source>The one claim of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>Единственное заявление «%1» перейдёт к «%2»; затем «%1» будет удалён.</translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>
            <numerusform>%n заявление «%1» перейдёт к «%2»; затем «%1» будет удалён.</numerusform>
            <numerusform>Все %n заявления «%1» перейдут к «%2»; затем «%1» будет удалён.</numerusform>
            <numerusform>Все %n заявлений «%1» перейдут к «%2»; затем «%1» будет удалён.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its sub-entries move under “%1”.</source>
        <translation>Его дочерние элементы перейдут в «%1».</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkTopicFilter</name>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>Тем пока нет</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <source>Count only claims on the topics ticked here, each with its sub-topics</source>
        <translation>Учитывать только заявления по отмеченным здесь темам, каждой вместе с подтемами</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkView</name>
    <message>
        <source>Congruence links actors who take similar positions on the same topics, conflict those who take opposite ones; affiliation links actors to the topics they speak on</source>
        <translation>Согласие связывает акторов, занимающих близкие позиции по одним и тем же темам, конфликт — занимающих противоположные; принадлежность связывает акторов с темами, по которым они высказываются</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Учитывать представителей</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Учитывать заявления представителей актора (министра — за его государством) как его собственные</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Расположить заново</translation>
    </message>
    <message>
        <source>Forget where nodes were dragged and arrange the network afresh</source>
        <translation>Забыть, куда были перетащены узлы, и расположить сеть заново</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вписать</translation>
    </message>
    <message>
        <source>Show the whole network; Ctrl+wheel zooms</source>
        <translation>Показать всю сеть; Ctrl+колесо масштабирует</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Save the drawing as an image, or the network for Gephi or visone</source>
        <translation>Сохранить рисунок как изображение или сеть для Gephi или visone</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Изображение PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Рисунок SVG…</translation>
    </message>
    <message>
        <source>GraphML for Gephi or visone…</source>
        <translation>GraphML для Gephi или visone…</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Рисунок сети</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see who agrees with whom.</source>
        <translation>Акторов пока нет. Добавьте в кодификатор акторов, за которыми вы следите, и разметьте их заявления, чтобы увидеть, кто с кем согласен.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Как добавить акторов и темы</translation>
    </message>
    <message>
        <source>The network cannot be counted: %1</source>
        <translation>Не удаётся рассчитать сеть: %1</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; the actors who made claims appear here.</source>
        <translation>Заявлений пока нет. Выделите фрагмент статьи и нажмите T, чтобы разметить его; акторы, сделавшие заявления, появятся здесь.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Как разметить заявление</translation>
    </message>
    <message>
        <source>No claims on the chosen topics in the chosen documents and stances.</source>
        <translation>Нет заявлений выбранных типов по выбранным темам в выбранных документах.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>О сети</translation>
    </message>
    <message>
        <source>No edges: no two actors have taken a position on the same topic yet. An edge needs claims with a position by both actors on a topic.</source>
        <translation>Связей нет: пока ни одна пара акторов не заняла позицию по одной и той же теме. Для связи нужны заявления с позицией от обоих акторов по одной теме.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актора</numerusform>
            <numerusform>%n акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a node to move it; it stays where you put it.</source>
        <translation>Перетащите узел, чтобы переместить его; он останется там, куда вы его поместили.</translation>
    </message>
    <message>
        <source>%1 network of %2</source>
        <comment>kind, project</comment>
        <translation>Сеть «%1» проекта «%2»</translation>
    </message>
    <message>
        <source>Export Network as PNG</source>
        <translation>Экспорт сети в PNG</translation>
    </message>
    <message>
        <source>%1 %2 network.png</source>
        <comment>file name: project, kind</comment>
        <translation>%1 сеть %2.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Изображения PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Network as SVG</source>
        <translation>Экспорт сети в SVG</translation>
    </message>
    <message>
        <source>%1 %2 network.svg</source>
        <comment>file name: project, kind</comment>
        <translation>%1 сеть %2.svg</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Рисунки SVG (*.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Network as GraphML</source>
        <translation>Экспорт сети в GraphML</translation>
    </message>
    <message>
        <source>%1 %2 network.graphml</source>
        <comment>file name: project, kind</comment>
        <translation>%1 сеть %2.graphml</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml);;All files (*)</source>
        <translation>Файлы GraphML (*.graphml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Экспорт сети</translation>
    </message>
    <message>
        <source>The network could not be exported to %1.</source>
        <translation>Не удалось экспортировать сеть в %1.</translation>
    </message>
</context>
<context>
    <name>demarche::PositionEditor</name>
    <message>
        <source>Set</source>
        <extracomment>A check box: the claim has a position on the topic&apos;s scale</extracomment>
        <translation>Задана</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Shown instead of the number when the claim has no position on the scale</extracomment>
        <translation>не задана</translation>
    </message>
    <message>
        <source>Position set</source>
        <translation>Позиция задана</translation>
    </message>
    <message>
        <source>Clear to leave the claim without a position on the scale</source>
        <translation>Снимите флажок, чтобы оставить заявление без позиции на шкале</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The number from -100 to +100 on a topic&apos;s scale, not a place</extracomment>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Position value</source>
        <translation>Значение позиции</translation>
    </message>
    <message>
        <source>The topic does not say what -100 and +100 mean; set its poles in the codebook</source>
        <translation>Для темы не указано, что означают -100 и +100; задайте её полюса в кодификаторе</translation>
    </message>
    <message>
        <source>The holder&apos;s position on the topic&apos;s scale, from -100 to 100</source>
        <translation>Позиция автора на шкале темы, от -100 до 100</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не задан</translation>
    </message>
</context>
<context>
    <name>demarche::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
</context>
<context>
    <name>demarche::Project</name>
    <message>
        <source>%1 is open read-only; changes cannot be saved</source>
        <translation>%1 открыт только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>в проекте нет документа с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>demarche::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Проект не открыт.</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagController</name>
    <message>
        <source>The project is open read-only; claims cannot be added.</source>
        <translation>Проект открыт только для чтения; добавлять заявления нельзя.</translation>
    </message>
    <message>
        <source>Select the words of a claim first, then tag them.</source>
        <translation>Сначала выделите слова заявления, затем разметьте их.</translation>
    </message>
    <message>
        <source>Claim added: %1 on %2</source>
        <translation>Заявление добавлено: %1 по теме «%2»</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagDelegate</name>
    <message>
        <source>suggested</source>
        <translation>рекомендуется</translation>
    </message>
    <message>
        <source>suggested: “%1”</source>
        <translation>рекомендуется: «%1»</translation>
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
        <translation>Рекомендация: в выделенном фрагменте есть «%1»</translation>
    </message>
    <message>
        <source>Suggested: the sentence around the selection says “%1”</source>
        <translation>Рекомендация: в предложении вокруг выделенного фрагмента есть «%1»</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, рекомендуется</translation>
    </message>
    <message>
        <source>%1, suggested by the sentence</source>
        <translation>%1, рекомендуется по контексту предложения</translation>
    </message>
    <message>
        <source>%1, suggested for “%2”</source>
        <translation>%1, рекомендуется по «%2»</translation>
    </message>
    <message>
        <source>%1, suggested for “%2” in the sentence</source>
        <translation>%1, рекомендуется по «%2» в предложении</translation>
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
        <translation>Быстрая разметка</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Создать актора «%1»</translation>
    </message>
    <message>
        <source>Create topic “%1”</source>
        <translation>Создать тему «%1»</translation>
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
        <translation>Фильтр акторов или клавиши 1–9</translation>
    </message>
    <message>
        <source>Filter topics, or press 1–9</source>
        <translation>Фильтр тем или клавиши 1–9</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Фильтр акторов</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Esc to cancel</source>
        <translation>1–9 или Enter — выбрать · Esc — отменить</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Backspace to go back</source>
        <translation>1–9 или Enter — выбрать · Backspace — назад</translation>
    </message>
    <message>
        <source>No actors yet. Add an actor in the Codebook first, or type a name to create one.</source>
        <translation>Акторов пока нет. Сначала добавьте актора в кодификатор или введите имя, чтобы создать нового.</translation>
    </message>
    <message>
        <source>No topics yet. Add a topic in the Codebook first, or type a name to create one.</source>
        <translation>Тем пока нет. Сначала добавьте тему в кодификатор или введите название, чтобы создать новую.</translation>
    </message>
</context>
<context>
    <name>demarche::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>demarche::ScopeFilter</name>
    <message>
        <source>Count only claims of these stances</source>
        <translation>Учитывать только заявления этих типов</translation>
    </message>
    <message>
        <source>Count only claims in the documents ticked here</source>
        <translation>Учитывать только заявления из отмеченных здесь документов</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Диапазон дат</translation>
    </message>
    <message>
        <source>Chosen documents</source>
        <translation>Выбранные документы</translation>
    </message>
    <message>
        <source>Which documents&apos; claims count</source>
        <translation>Заявления из каких документов учитываются</translation>
    </message>
    <message>
        <source>Published on or after; undated documents are left out</source>
        <translation>Опубликованные в эту дату или позже; документы без даты не учитываются</translation>
    </message>
    <message>
        <source>Published on or before; undated documents are left out</source>
        <translation>Опубликованные в эту дату или раньше; документы без даты не учитываются</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Документов пока нет</translation>
    </message>
    <message>
        <source>Stances: %1</source>
        <translation>Типы: %1</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Выбрать документы…</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документы: %1</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menu or place</source>
        <translation>Меню или область</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Фильтр по действию, клавише или меню</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
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
        <translation>Средняя позиция</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>The axis of the number of claims per period</extracomment>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <comment>ISO week number, its year, first and last day</comment>
        <translation>Неделя %1 %2 г. (%3 – %4)</translation>
    </message>
    <message>
        <source>%1: mean position</source>
        <translation>%1: средняя позиция</translation>
    </message>
    <message>
        <source>%1: claims</source>
        <translation>%1: заявления</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineView</name>
    <message>
        <source>The actor whose positions are plotted</source>
        <translation>Актор, позиции которого показаны на графике</translation>
    </message>
    <message>
        <source>The topic the positions are on</source>
        <translation>Тема, к которой относятся позиции</translation>
    </message>
    <message>
        <source>Include &amp;members</source>
        <translation>Учитывать &amp;представителей</translation>
    </message>
    <message>
        <source>Count the claims of the actor&apos;s members (a minister for his state) as the actor&apos;s own</source>
        <translation>Учитывать заявления представителей актора (министра — за его государством) как собственные заявления актора</translation>
    </message>
    <message>
        <source>Include &amp;sub-topics</source>
        <translation>Учитывать п&amp;одтемы</translation>
    </message>
    <message>
        <source>Count claims on the topics under the chosen one</source>
        <translation>Учитывать заявления по темам, входящим в выбранную</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>A second actor, drawn dashed on the same chart</source>
        <translation>Второй актор, показанный пунктиром на том же графике</translation>
    </message>
    <message>
        <source>Group the claims by publication date, by week (ISO weeks, Monday to Sunday), month, quarter or year</source>
        <translation>Группировать заявления по дате публикации, по неделям (недели ISO, с понедельника по воскресенье), месяцам, кварталам или годам</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
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
        <translation>&amp;Сравнить с:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see their positions over time.</source>
        <translation>Акторов пока нет. Добавьте в кодификатор акторов, за которыми вы следите, и разметьте их заявления, чтобы увидеть динамику их позиций.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Как добавить акторов и темы</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to follow positions on them over time.</source>
        <translation>Тем пока нет. Добавьте темы в кодификатор, чтобы следить за динамикой позиций по ним.</translation>
    </message>
    <message>
        <source>Choose an actor and a topic.</source>
        <translation>Выберите актора и тему.</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>Не удаётся прочитать заявления: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not plotted: %n claim(s) in articles without a publication date.</source>
        <translation>
            <numerusform>Не показано: %n заявление в статьях без даты публикации.</numerusform>
            <numerusform>Не показано: %n заявления в статьях без даты публикации.</numerusform>
            <numerusform>Не показано: %n заявлений в статьях без даты публикации.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims by %1 on %2 yet.</source>
        <translation>%1: заявлений по теме «%2» пока нет.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Как разметить заявление</translation>
    </message>
    <message>
        <source>How to date an article</source>
        <translation>Как указать дату статьи</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 по теме «%2»</translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <comment>two actors on a topic</comment>
        <translation>%1 и %2 по теме «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n квартал</numerusform>
            <numerusform>%n квартала</numerusform>
            <numerusform>%n кварталов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no claims</source>
        <comment>actor</comment>
        <translation>%1: нет заявлений</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean position %2 from %n claim(s)</source>
        <translation>
            <numerusform>%1: средняя позиция %2 по %n заявлению</numerusform>
            <numerusform>%1: средняя позиция %2 по %n заявлениям</numerusform>
            <numerusform>%1: средняя позиция %2 по %n заявлениям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s), none with a position</source>
        <translation>
            <numerusform>%1: %n заявление, ни в одном нет позиции</numerusform>
            <numerusform>%1: %n заявления, ни в одном нет позиции</numerusform>
            <numerusform>%1: %n заявлений, ни в одном нет позиции</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated claims by %1 on %2 yet. Claims count once their article has a publication date (Edit ▸ Document Properties…).</source>
        <translation>%1: датированных заявлений по теме «%2» пока нет. Заявление учитывается, как только у его статьи появляется дата публикации («Правка ▸ Свойства документа…»).</translation>
    </message>
    <message numerus="yes">
        <source>%n publication date(s)</source>
        <translation>
            <numerusform>%n дата публикации</numerusform>
            <numerusform>%n даты публикации</numerusform>
            <numerusform>%n дат публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::TopicScaleDialog</name>
    <message>
        <source>Scale of “%1”</source>
        <translation>Шкала темы «%1»</translation>
    </message>
    <message>
        <source>e.g. full Ukrainian sovereignty over all its territory</source>
        <translation>напр. полный суверенитет Украины над всей её территорией</translation>
    </message>
    <message>
        <source>e.g. Russian control of the annexed regions</source>
        <translation>напр. контроль России над присоединёнными регионами</translation>
    </message>
    <message>
        <source>Optional: how to score, what counts as 0</source>
        <translation>Необязательно: как оценивать, что считать нулём</translation>
    </message>
    <message>
        <source>+100 m&amp;eans:</source>
        <translation>+100 о&amp;значает:</translation>
    </message>
    <message>
        <source>&amp;How to score:</source>
        <translation>&amp;Как оценивать:</translation>
    </message>
    <message>
        <source>What a position of −100 and of +100 means on “%1”. Positions in between are read against these two ends.</source>
        <translation>Что означает позиция −100 и позиция +100 по теме «%1». Промежуточные позиции оцениваются относительно этих двух полюсов.</translation>
    </message>
    <message>
        <source>−100 &amp;means:</source>
        <translation>−100 &amp;означает:</translation>
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
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Demarche User Guide</source>
        <translation>Руководство пользователя Demarche</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Поиск по руководству</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Содержание руководства</translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation>К началу руководства</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>demarche::ViewTabs</name>
    <message>
        <source>Workbench</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Read the articles and tag the claims (Ctrl+1)</source>
        <translation>Чтение статей и разметка заявлений (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Two actors&apos; positions side by side, topic by topic (Ctrl+2)</source>
        <translation>Позиции двух акторов бок о бок, по темам (Ctrl+2)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <source>Every actor against every topic (Ctrl+3)</source>
        <translation>Все акторы по всем темам (Ctrl+3)</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>One or two actors&apos; positions on a topic over time, by period (Ctrl+4)</source>
        <translation>Позиции одного или двух акторов по теме во времени, по периодам (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <source>&amp;Compare Actors</source>
        <translation>&amp;Сравнение акторов</translation>
    </message>
    <message>
        <source>Actor × Topic &amp;Matrix</source>
        <translation>&amp;Матрица «актор × тема»</translation>
    </message>
    <message>
        <source>Position &amp;Over Time</source>
        <translation>&amp;Динамика позиций</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Who agrees with whom: actors linked by their positions on shared topics (Ctrl+5)</source>
        <translation>Кто с кем согласен: акторы, связанные позициями по общим темам (Ctrl+5)</translation>
    </message>
    <message>
        <source>Actor &amp;Network</source>
        <translation>С&amp;еть акторов</translation>
    </message>
</context>
<context>
    <name>demarche::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>Highlight what actors claim in articles, tag it by actor and topic, and see their positions side by side.</source>
        <translation>Выделяйте в статьях заявления акторов, размечайте их по актору и теме и сравнивайте позиции акторов бок о бок.</translation>
    </message>
    <message>
        <source>Start an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>Open a .demarche project file</source>
        <translation>Открыть файл проекта .demarche</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Three short articles with actors, topics and claims, to try every view</source>
        <translation>Три короткие статьи с акторами, темами и заявлениями — чтобы опробовать все представления</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Открыть &amp;демонстрационный проект</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>New to Demarche? Read the user guide</source>
        <translation>Впервые в Demarche? Прочитайте руководство пользователя</translation>
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
        <translation>Выделение, разметка и сравнение позиций акторов.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Проект, который нужно открыть.</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>Открыть демонстрационный проект.</translation>
    </message>
    <message>
        <source>Palette: system, light or dark.</source>
        <translation>Палитра: system, light или dark.</translation>
    </message>
</context>
</TS>
