<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
            <numerusform>%1 zu %2: %n Aussage – %3</numerusform>
            <numerusform>%1 zu %2: %n Aussagen – %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean position %1 (%n with a position)</source>
        <translation>
            <numerusform>mittlere Position %1 (%n mit Position)</numerusform>
            <numerusform>mittlere Position %1 (%n mit Position)</numerusform>
        </translation>
    </message>
    <message>
        <source>no claim gives a position</source>
        <translation>keine Aussage nennt eine Position</translation>
    </message>
    <message numerus="yes">
        <source>%n of them by members</source>
        <translation>
            <numerusform>davon %n von Mitgliedern</numerusform>
            <numerusform>davon %n von Mitgliedern</numerusform>
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
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1 (actor)</source>
        <translation>%1 (Akteur)</translation>
    </message>
    <message>
        <source>%1 (topic)</source>
        <translation>%1 (Thema)</translation>
    </message>
</context>
<context>
    <name>ClaimsExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: Der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: Zeile %2, Spalte &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project (use --create-missing to create it)</source>
        <translation>kein Akteur namens „%1“ im Projekt (mit --create-missing wird er angelegt)</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project (use --create-missing to create it)</source>
        <translation>kein Thema namens „%1“ im Projekt (mit --create-missing wird es angelegt)</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>kein Dokument mit der ID %1 im Projekt</translation>
    </message>
    <message>
        <source>does not match the document text at %1–%2, which reads “%3”</source>
        <translation>stimmt nicht mit dem Dokumenttext bei %1–%2 überein, der „%3“ lautet</translation>
    </message>
    <message>
        <source>is empty; every claim needs an actor</source>
        <translation>ist leer; jede Aussage braucht einen Akteur</translation>
    </message>
    <message>
        <source>is empty; every claim needs a topic</source>
        <translation>ist leer; jede Aussage braucht ein Thema</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos;; expected one of %2</source>
        <translation>unbekannte Haltung &apos;%1&apos;; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>unknown attribution &apos;%1&apos;; expected one of %2</source>
        <translation>unbekannte Wiedergabe &apos;%1&apos;; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: is empty; expected a header row and claims</source>
        <translation>%1: ist leer; erwartet werden eine Kopfzeile und Aussagen</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing</source>
        <translation>%1: Die Spalte &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation>%1: Die Spalte &apos;%2&apos; kommt zweimal vor (Spalten %3 und %4)</translation>
    </message>
    <message>
        <source>%1: row %2 has a value in field %3, but the header names only %4 columns</source>
        <translation>%1: Zeile %2 hat einen Wert in Feld %3, die Kopfzeile nennt aber nur %4 Spalten</translation>
    </message>
    <message>
        <source>%1: is a disk device, not a file</source>
        <translation>%1: ist ein Laufwerk, keine Datei</translation>
    </message>
    <message>
        <source>%1: is a socket; give a file or a pipe</source>
        <translation>%1: ist ein Socket; geben Sie eine Datei oder eine Pipe an</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: ist keine Datei</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>der Dateiname ist leer</translation>
    </message>
    <message>
        <source>%1: is the open project itself</source>
        <translation>%1: ist das geöffnete Projekt selbst</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: ist größer als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>%1: nothing arrived for %2 seconds; is a program writing to it?</source>
        <translation>%1: seit %2 Sekunden kommt nichts an; schreibt ein Programm hinein?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--stance: &apos;%1&apos; is not one of %2</source>
        <translation>--stance: &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>--attribution: &apos;%1&apos; is not one of %2</source>
        <translation>--attribution: &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>--position: %1 is outside -100 … 100</source>
        <translation>--position: %1 liegt außerhalb von -100 … 100</translation>
    </message>
    <message>
        <source>--salience: %1 is outside 1 … 5</source>
        <translation>--salience: %1 liegt außerhalb von 1 … 5</translation>
    </message>
    <message>
        <source>--occurrence: counts from 1</source>
        <translation>--occurrence: zählt ab 1</translation>
    </message>
    <message>
        <source>--quote: “%1” is not in document %2</source>
        <translation>--quote: „%1“ steht nicht in Dokument %2</translation>
    </message>
    <message>
        <source>--quote: “%1” does not occur %3 times in document %2</source>
        <translation>--quote: „%1“ kommt in Dokument %2 nicht %3-mal vor</translation>
    </message>
    <message>
        <source>claim add: --%1 is required</source>
        <translation>claim add: --%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id</source>
        <translation>--doc: &apos;%1&apos; ist keine Dokument-ID</translation>
    </message>
    <message>
        <source>Marks a claim; prints its id.</source>
        <translation>Markiert eine Aussage; gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>Die ID des Dokuments.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The text of the claim, as it stands.</source>
        <translation>Der Text der Aussage, wie er dasteht.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (from 1).</source>
        <translation>Welches Vorkommen des Zitats (ab 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start offset in code points.</source>
        <translation>Start-Offset in Codepunkten.</translation>
    </message>
    <message>
        <source>End offset in code points (exclusive).</source>
        <translation>End-Offset in Codepunkten (ausschließlich).</translation>
    </message>
    <message>
        <source>Who holds the position.</source>
        <translation>Wer die Position vertritt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>Worum es geht.</translation>
    </message>
    <message>
        <source>Whom it addresses.</source>
        <translation>An wen sie sich richtet.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>-100 … 100 on the topic&apos;s scale.</source>
        <translation>-100 … 100 auf der Skala des Themas.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>1 … 5 (default 3).</source>
        <translation>1 … 5 (Standard 3).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>Die Notiz des Analysten.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Mit Byte Order Mark beginnen, für Excel.</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @ with an apostrophe.</source>
        <translation>Zellen, die mit = + - @ beginnen, keinen Apostroph voranstellen.</translation>
    </message>
    <message>
        <source>Only this actor&apos;s claims (repeatable).</source>
        <translation>Nur die Aussagen dieses Akteurs (wiederholbar).</translation>
    </message>
    <message>
        <source>Only claims on this topic (repeatable).</source>
        <translation>Nur Aussagen zu diesem Thema (wiederholbar).</translation>
    </message>
    <message>
        <source>Only claims in this document (repeatable).</source>
        <translation>Nur Aussagen in diesem Dokument (wiederholbar).</translation>
    </message>
    <message>
        <source>Reads claims back from a CSV in the export format; all rows or none.</source>
        <translation>Liest Aussagen aus einer CSV im Exportformat wieder ein; alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Create actors and topics the project does not have.</source>
        <translation>Akteure und Themen anlegen, die das Projekt noch nicht hat.</translation>
    </message>
    <message>
        <source>Demarche %1: mark what actors say in articles, compare their positions, export them to CSV.

Usage:
</source>
        <translation>Demarche %1: markiert, was Akteure in Artikeln sagen, vergleicht ihre Positionen und exportiert sie als CSV.

Aufruf:
</translation>
    </message>
    <message>
        <source>Usage: %1
%2
</source>
        <translation>Aufruf: %1
%2
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown sub-command in “%1”</source>
        <translation>unbekannter Unterbefehl in „%1“</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation>Beschreibt diesen Befehl.</translation>
    </message>
    <message>
        <source>%1: missing arguments; usage: %2</source>
        <translation>%1: Argumente fehlen; Aufruf: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3</source>
        <translation>%1: unerwartetes Argument „%2“; Aufruf: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--color: &apos;%1&apos; is not a colour like #1f77b4</source>
        <translation>--color: &apos;%1&apos; ist keine Farbe wie #1f77b4</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project</source>
        <translation>kein Akteur namens „%1“ im Projekt</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project</source>
        <translation>kein Thema namens „%1“ im Projekt</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>Highlight colour.</source>
        <translation>Hervorhebungsfarbe.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>The parent it rolls up to.</source>
        <translation>Das übergeordnete Element, in das es eingerechnet wird.</translation>
    </message>
    <message>
        <source>Adds an actor; prints its id.</source>
        <translation>Fügt einen Akteur hinzu; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>state, organisation, person or faction.</source>
        <translation>state, organisation, person oder faction.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Adds a topic; prints its id.</source>
        <translation>Fügt ein Thema hinzu; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.
</source>
        <translation>Keiner der beiden Akteure hat Aussagen zu diesen Themen.
</translation>
    </message>
    <message>
        <source>compare: give exactly two --actor options</source>
        <translation>compare: Geben Sie genau zwei --actor-Optionen an</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, json</source>
        <translation>--format: &apos;%1&apos; ist weder table noch json</translation>
    </message>
    <message>
        <source>Compares two actors&apos; positions topic by topic.</source>
        <translation>Vergleicht die Positionen zweier Akteure Thema für Thema.</translation>
    </message>
    <message>
        <source>One of the two actors (give it twice).</source>
        <translation>Einer der beiden Akteure (zweimal angeben).</translation>
    </message>
    <message>
        <source>Only this topic (repeatable).</source>
        <translation>Nur dieses Thema (wiederholbar).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Count only the actors&apos; own claims, not those of their members.</source>
        <translation>Nur die eigenen Aussagen der Akteure zählen, nicht die ihrer Mitglieder.</translation>
    </message>
    <message>
        <source>Also write the comparison to this CSV file.</source>
        <translation>Den Vergleich zusätzlich in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark, for Excel.</source>
        <translation>Die CSV mit Byte Order Mark beginnen, für Excel.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list: &apos;%1&apos; is not one of documents, actors, topics, claims</source>
        <translation>list: &apos;%1&apos; ist keiner von documents, actors, topics, claims</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, csv, json</source>
        <translation>--format: &apos;%1&apos; ist keiner von table, csv, json</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date like 2024-03-31</source>
        <translation>--date: &apos;%1&apos; ist kein Datum wie 2024-03-31</translation>
    </message>
    <message>
        <source>--title: give one file when naming its title</source>
        <translation>--title: nur eine Datei angeben, wenn ihr Titel genannt wird</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id</source>
        <translation>&apos;%1&apos; ist keine Dokument-ID</translation>
    </message>
    <message>
        <source>Creates a project file with the default topics (Ukraine, Syria, Iran).</source>
        <translation>Legt eine Projektdatei mit den Standardthemen an (Ukraine, Syrien, Iran).</translation>
    </message>
    <message>
        <source>The document&apos;s title.</source>
        <translation>Der Titel des Dokuments.</translation>
    </message>
    <message>
        <source>Where it was published.</source>
        <translation>Wo es veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Seine Adresse.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Publication date.</source>
        <translation>Veröffentlichungsdatum.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Import text that is already in the project.</source>
        <translation>Text auch dann importieren, wenn er schon im Projekt ist.</translation>
    </message>
    <message>
        <source>Writes a document&apos;s canonical text, byte for byte, to standard output.</source>
        <translation>Schreibt den kanonischen Text eines Dokuments Byte für Byte in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Lists what the project holds.</source>
        <translation>Listet auf, was das Projekt enthält.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>report: give exactly two --actor options</source>
        <translation>report: Geben Sie genau zwei --actor-Optionen an</translation>
    </message>
    <message>
        <source>report: give --pdf OUT or --html OUT (or both)</source>
        <translation>report: Geben Sie --pdf OUT oder --html OUT an (oder beides)</translation>
    </message>
    <message>
        <source>matrix: give --csv OUT</source>
        <translation>matrix: Geben Sie --csv OUT an</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Den Bericht als A4-PDF schreiben.</translation>
    </message>
    <message>
        <source>Write the report as one HTML file.</source>
        <translation>Den Bericht als eine HTML-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the matrix to this CSV file.</source>
        <translation>Die Matrix in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Writes a printable report comparing two actors, with the quotes as evidence.</source>
        <translation>Schreibt einen druckbaren Bericht, der zwei Akteure vergleicht, mit den Zitaten als Belegen.</translation>
    </message>
    <message>
        <source>Writes the actor × topic matrix (claims, stances, mean positions) to CSV.</source>
        <translation>Schreibt die Matrix Akteure × Themen (Aussagen, Haltungen, mittlere Positionen) als CSV.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date like 2024-03-31</source>
        <translation>--%1: &apos;%2&apos; ist kein Datum wie 2024-03-31</translation>
    </message>
    <message>
        <source>Only documents published on or after this date; undated documents are then left out.</source>
        <translation>Nur Dokumente, die an oder nach diesem Datum erschienen sind; undatierte Dokumente entfallen dann.</translation>
    </message>
    <message>
        <source>Only documents published on or before this date; undated documents are then left out.</source>
        <translation>Nur Dokumente, die an oder vor diesem Datum erschienen sind; undatierte Dokumente entfallen dann.</translation>
    </message>
    <message>
        <source>Only claims of this stance (repeatable): %1.</source>
        <translation>Nur Aussagen dieser Haltung (wiederholbar): %1.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported</source>
        <translation>
            <numerusform>%n Aussage importiert</numerusform>
            <numerusform>%n Aussagen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a claim id</source>
        <translation>&apos;%1&apos; ist keine Aussage-ID</translation>
    </message>
    <message>
        <source>claim edit: a claim stays in its document</source>
        <translation>claim edit: Eine Aussage bleibt in ihrem Dokument</translation>
    </message>
    <message>
        <source>Changes the given fields of a claim, or moves it within its document.</source>
        <translation>Ändert die angegebenen Felder einer Aussage oder verschiebt sie innerhalb ihres Dokuments.</translation>
    </message>
    <message>
        <source>Removes claims: all of them, or none when one is missing.</source>
        <translation>Entfernt Aussagen: alle oder keine, wenn eine fehlt.</translation>
    </message>
    <message>
        <source>%1: give either --quote or both --start and --end</source>
        <translation>%1: Geben Sie entweder --quote oder sowohl --start als auch --end an</translation>
    </message>
    <message>
        <source>%1: --start and --end go together</source>
        <translation>%1: --start und --end gehören zusammen</translation>
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

&quot;demarche-cli COMMAND --help&quot; beschreibt die Optionen eines Befehls.
Offsets (--start, --end und die Spalten start/end) zählen Unicode-Codepunkte.
Namen von Akteuren und Themen werden ohne Rücksicht auf Groß-/Kleinschreibung und
darauf, wie ein Akzent kodiert ist, verglichen.
Eine Datei oder ein Name, der mit - beginnt, steht nach --, das die Optionen beendet (demarche-cli import p.demarche -- -notizen.txt).
Eine Ausgabe namens - ist die Standardausgabe; in Pipes und Geräte wird hineingeschrieben, reguläre Dateien werden erst ersetzt, wenn sie vollständig sind.

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 fehlerhafte Eingabe oder Daten, 3 Projekt kann nicht geöffnet werden.
</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”; a file or name that begins with - goes after --</source>
        <translation>%1: unbekannte Option „%2“; eine Datei oder ein Name, der mit - beginnt, steht nach --</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-topic(s)</source>
        <translation>
            <numerusform>%n Unterthema</numerusform>
            <numerusform>%n Unterthemen</numerusform>
        </translation>
    </message>
    <message>
        <source>--reassign-to: “%1” is the one removed</source>
        <translation>--reassign-to: „%1“ ist der zu entfernende Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the given fields of an actor; --alias replaces its aliases.</source>
        <translation>Ändert die angegebenen Felder eines Akteurs; --alias ersetzt seine Aliasse.</translation>
    </message>
    <message>
        <source>Removes an actor; refused while claims or members use it, unless they are reassigned.</source>
        <translation>Entfernt einen Akteur; abgelehnt, solange Aussagen oder Mitglieder ihn verwenden, außer sie werden neu zugeordnet.</translation>
    </message>
    <message>
        <source>Move its claims (as holder or target) and its members to this actor first.</source>
        <translation>Zuerst seine Aussagen (als Urheber oder Adressat) und seine Mitglieder auf diesen Akteur verschieben.</translation>
    </message>
    <message>
        <source>Changes the given fields of a topic; --keyword replaces its keywords.</source>
        <translation>Ändert die angegebenen Felder eines Themas; --keyword ersetzt seine Schlagwörter.</translation>
    </message>
    <message>
        <source>Removes a topic; refused while claims or sub-topics use it, unless they are reassigned.</source>
        <translation>Entfernt ein Thema; abgelehnt, solange Aussagen oder Unterthemen es verwenden, außer sie werden neu zugeordnet.</translation>
    </message>
    <message>
        <source>Move its claims and sub-topics to this topic first.</source>
        <translation>Zuerst seine Aussagen und Unterthemen auf dieses Thema verschieben.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Make it top-level: it rolls up to nothing.</source>
        <translation>Zur obersten Ebene machen: Es wird nirgends eingerechnet.</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 und --%2 schließen einander aus</translation>
    </message>
    <message>
        <source>--parent and --no-parent exclude each other</source>
        <translation>--parent und --no-parent schließen einander aus</translation>
    </message>
    <message>
        <source>Another name for it (repeatable); an edit replaces them all.</source>
        <translation>Ein weiterer Name dafür (wiederholbar); beim Bearbeiten werden alle ersetzt.</translation>
    </message>
    <message>
        <source>Remove all its aliases.</source>
        <translation>Alle Aliasse entfernen.</translation>
    </message>
    <message>
        <source>A word that cues it (repeatable); an edit replaces them all.</source>
        <translation>Ein Signalwort dafür (wiederholbar); beim Bearbeiten werden alle ersetzt.</translation>
    </message>
    <message>
        <source>Remove all its keywords.</source>
        <translation>Alle Schlagwörter entfernen.</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>Standardausgabe: kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Lists where the codebook&apos;s names, aliases and keywords occur in a document (code points, end exclusive).</source>
        <translation>Listet auf, wo die Namen, Aliasse und Schlagwörter des Codebuchs in einem Dokument vorkommen (Codepunkte, Ende ausschließlich).</translation>
    </message>
    <message>
        <source>Changes the given details of a document; an empty --source, --url or --date clears it.</source>
        <translation>Ändert die angegebenen Angaben eines Dokuments; ein leeres --source, --url oder --date löscht sie.</translation>
    </message>
    <message>
        <source>Removes documents and their claims: all of them, or none when one is missing.</source>
        <translation>Entfernt Dokumente und ihre Aussagen: alle oder keine, wenn eines fehlt.</translation>
    </message>
    <message>
        <source>Imports %1 articles; prints &quot;id&lt;TAB&gt;title&quot; for each new one.</source>
        <translation>Importiert Artikel (%1); gibt für jeden neuen &quot;id&lt;TAB&gt;title&quot; aus.</translation>
    </message>
    <message>
        <source>What a position of -100 means on this topic.</source>
        <translation>Was eine Position von -100 bei diesem Thema bedeutet.</translation>
    </message>
    <message>
        <source>What a position of +100 means on this topic.</source>
        <translation>Was eine Position von +100 bei diesem Thema bedeutet.</translation>
    </message>
    <message>
        <source>How to score positions on this topic.</source>
        <translation>Wie Positionen bei diesem Thema zu bewerten sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) created</source>
        <translation>
            <numerusform>%n Akteur angelegt</numerusform>
            <numerusform>%n Akteure angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) created</source>
        <translation>
            <numerusform>%n Thema angelegt</numerusform>
            <numerusform>%n Themen angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>actor “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the actor: &quot;2 claims and 1 member&quot;</extracomment>
        <translation>Akteur „%1“ wird noch verwendet: %2; geben Sie --reassign-to NAME an, um sie neu zuzuordnen</translation>
    </message>
    <message>
        <source>topic “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the topic: &quot;1 claim and 2 sub-topics&quot;</extracomment>
        <translation>Thema „%1“ wird noch verwendet: %2; geben Sie --reassign-to NAME an, um sie neu zuzuordnen</translation>
    </message>
    <message>
        <source>export: give --csv OUT or --qdpx OUT (or both)</source>
        <translation>export: Geben Sie --csv OUT oder --qdpx OUT an (oder beides)</translation>
    </message>
    <message>
        <source>Exports claims to CSV (RFC 4180, UTF-8), the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo, or both; each file is replaced only when complete.</source>
        <translation>Exportiert die Aussagen als CSV (RFC 4180, UTF-8), das ganze Projekt als REFI-QDA-Projekt (.qdpx) für QualCoder, MAXQDA, ATLAS.ti oder NVivo, oder beides; jede Datei wird erst ersetzt, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>The REFI-QDA project to write: every document, the codebook and every claim (the filters below apply to the CSV only).</source>
        <translation>Das zu schreibende REFI-QDA-Projekt: alle Dokumente, das Codebuch und alle Aussagen (die Filter unten gelten nur für die CSV).</translation>
    </message>
    <message>
        <source>network: give --kind congruence, conflict or affiliation</source>
        <translation>network: Geben Sie --kind congruence, conflict oder affiliation an</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of congruence, conflict, affiliation</source>
        <translation>--kind: &apos;%1&apos; ist keiner von congruence, conflict, affiliation</translation>
    </message>
    <message>
        <source>network: give --graphml OUT</source>
        <translation>network: Geben Sie --graphml OUT an</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>congruence, conflict or affiliation. m(i,j) is the salience-weighted mean position of actor i&apos;s claims on topic j that have a position. Congruence of actors i and k is the sum, over the topics where both have a mean, of 1 - |m(i,j) - m(k,j)| / 200; conflict is the sum of |m(i,j) - m(k,j)| / 200; two actors are joined where the weight is above 0. Affiliation joins each actor to each topic it has claims on, weighted by their number, with the mean position.</source>
        <translation>congruence, conflict oder affiliation. m(i,j) ist die nach Salienz gewichtete mittlere Position der Aussagen von Akteur i zu Thema j, die eine Position haben. Die Kongruenz der Akteure i und k ist die Summe von 1 - |m(i,j) - m(k,j)| / 200 über die Themen, zu denen beide einen Mittelwert haben; der Konflikt ist die Summe von |m(i,j) - m(k,j)| / 200; zwei Akteure werden verbunden, wo das Gewicht über 0 liegt. Die Zugehörigkeit verbindet jeden Akteur mit jedem Thema, zu dem er Aussagen hat, gewichtet mit deren Anzahl, mit der mittleren Position.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Write the network to this GraphML file (Gephi, visone).</source>
        <translation>Das Netzwerk in diese GraphML-Datei schreiben (Gephi, visone).</translation>
    </message>
    <message>
        <source>Only this topic and its sub-topics (repeatable).</source>
        <translation>Nur dieses Thema und seine Unterthemen (wiederholbar).</translation>
    </message>
    <message>
        <source>Make every actor a node of its own; by default members count as their top-level actor (a minister as his state).</source>
        <translation>Jeden Akteur zu einem eigenen Knoten machen; standardmäßig zählen Mitglieder als ihr oberster Akteur (ein Minister als sein Staat).</translation>
    </message>
    <message>
        <source>Writes who agrees with whom as a GraphML network for Gephi or visone.</source>
        <translation>Schreibt als GraphML-Netzwerk für Gephi oder visone, wer mit wem übereinstimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt</numerusform>
            <numerusform>%n Dokumente hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n neuer Akteur</numerusform>
            <numerusform>%n neue Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n neues Thema</numerusform>
            <numerusform>%n neue Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>%n Aussage hinzugefügt</numerusform>
            <numerusform>%n Aussagen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: nothing was lost.</source>
        <translation>Verlustbericht: Nichts ging verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Loss report: %n item(s)</source>
        <translation>
            <numerusform>Verlustbericht: %n Eintrag</numerusform>
            <numerusform>Verlustbericht: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo) in one step, making PROJECT when it does not exist; prints what was added and the loss report.</source>
        <translation>Importiert ein REFI-QDA-Projekt (QualCoder, MAXQDA, ATLAS.ti, NVivo) in einem Schritt und legt PROJECT an, wenn es noch nicht existiert; gibt aus, was hinzugefügt wurde, und den Verlustbericht.</translation>
    </message>
    <message>
        <source>The code whose subcodes are actors (its name, or its path as in Codes/Actors); every other code becomes a topic.</source>
        <translation>Der Code, dessen Untercodes Akteure sind (sein Name oder sein Pfad wie Codes/Akteure); jeder andere Code wird zu einem Thema.</translation>
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
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Aussage bearbeiten</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Dokumentangaben bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s); reassign them first</source>
        <translation>
            <numerusform>„%1“ wird von %n Aussage verwendet; ordnen Sie sie zuerst neu zu</numerusform>
            <numerusform>„%1“ wird von %n Aussagen verwendet; ordnen Sie diese zuerst neu zu</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry cannot be merged into itself</source>
        <translation>ein Eintrag kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>Add actor “%1”</source>
        <translation>Akteur „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit actor “%1”</source>
        <translation>Akteur „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>Akteur „%1“ löschen</translation>
    </message>
    <message>
        <source>Merge actor “%1” into “%2”</source>
        <translation>Akteur „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Reorder actors</source>
        <translation>Akteure neu anordnen</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>Thema „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit topic “%1”</source>
        <translation>Thema „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete topic “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>Thema „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Reorder topics</source>
        <translation>Themen neu anordnen</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>%n Aussage löschen</numerusform>
            <numerusform>%n Aussagen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>there is no actor with id %1</source>
        <translation>es gibt keinen Akteur mit der ID %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself; choose two different actors</source>
        <translation>%1 kann nicht mit sich selbst verglichen werden; wählen Sie zwei verschiedene Akteure</translation>
    </message>
    <message>
        <source>there is no topic with id %1</source>
        <translation>es gibt kein Thema mit der ID %1</translation>
    </message>
    <message>
        <source>Could not write the comparison to %1: %2</source>
        <translation>Der Vergleich konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the date range has an invalid date</source>
        <translation>der Zeitraum enthält ein ungültiges Datum</translation>
    </message>
    <message>
        <source>there is no document with id %1</source>
        <translation>es gibt kein Dokument mit der ID %1</translation>
    </message>
    <message>
        <source>Could not write the matrix to %1: %2</source>
        <translation>Die Matrix konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Positions of %1 and %2</source>
        <translation>Positionen von %1 und %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Bericht über %1</translation>
    </message>
    <message>
        <source>Project %1 · report of %2</source>
        <translation>Projekt %1 · Bericht über %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>from %1 to %2; undated documents left out</source>
        <translation>von %1 bis %2; undatierte Dokumente ausgenommen</translation>
    </message>
    <message>
        <source>from %1 on; undated documents left out</source>
        <translation>ab %1; undatierte Dokumente ausgenommen</translation>
    </message>
    <message>
        <source>until %1; undated documents left out</source>
        <translation>bis %1; undatierte Dokumente ausgenommen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>all topics</source>
        <translation>alle Themen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>alle Dokumente</translation>
    </message>
    <message>
        <source>Publication dates</source>
        <translation>Veröffentlichungsdaten</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>all stances</source>
        <translation>alle Haltungen</translation>
    </message>
    <message>
        <source>Members&apos; claims</source>
        <translation>Aussagen von Mitgliedern</translation>
    </message>
    <message>
        <source>counted for their actor (a minister for his state)</source>
        <translation>ihrem Akteur zugerechnet (ein Minister seinem Staat)</translation>
    </message>
    <message>
        <source>not counted; only each actor&apos;s own claims</source>
        <translation>nicht eingerechnet; nur die eigenen Aussagen jedes Akteurs</translation>
    </message>
    <message>
        <source>Positions by topic</source>
        <translation>Positionen nach Thema</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.</source>
        <translation>Keiner der beiden Akteure hat Aussagen zu diesen Themen.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>mean position</source>
        <translation>mittlere Position</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>both spoke</source>
        <translation>beide haben sich geäußert</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1; distance %2</source>
        <translation>%1; Abstand %2</translation>
    </message>
    <message>
        <source>No claims on this topic.</source>
        <translation>Keine Aussagen zu diesem Thema.</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>Aussagen: %1</translation>
    </message>
    <message>
        <source>mean position %1</source>
        <translation>mittlere Position %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>position %1, salience %2</source>
        <translation>Position %1, Salienz %2</translation>
    </message>
    <message>
        <source>Scale not defined</source>
        <translation>Skala nicht festgelegt</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Skala: %1</translation>
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
        <translation>Mittlere Positionen sind nach Salienz gewichtet und beziehen sich auf die Skala des jeweiligen Themas von −100 bis 100 (ihre Pole stehen unter dem Themennamen); Aussagen ohne Position werden bei der Zahl der Aussagen mitgezählt, nicht aber beim Mittel. Themen, zu denen sich keiner der beiden Akteure geäußert hat, sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quote from an article, in this language&apos;s quotation marks</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>p. %1</source>
        <extracomment>The page of the article a quote is on: &quot;p. 3&quot;</extracomment>
        <translation>S. %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file contains NUL bytes; it is binary data or UTF-16 text, not UTF-8 CSV</source>
        <translation>die Datei enthält NUL-Bytes; sie enthält Binärdaten oder UTF-16-Text, kein UTF-8-CSV</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als &quot;CSV UTF-8&quot; und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opens on line %1)</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen (das Anführungszeichen öffnet in Zeile %1)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1 (ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1, byte %2 of the file); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>der Text ist kein gültiges UTF-8 (Zeile %1, Byte %2 der Datei); speichern Sie ihn als &quot;CSV UTF-8&quot; und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation>die Datei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Die CSV-Daten konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DefaultTopics</name>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Full Ukrainian sovereignty over all its territory</source>
        <translation>Volle ukrainische Souveränität über das gesamte Staatsgebiet</translation>
    </message>
    <message>
        <source>Russian control of the annexed regions and a neutral Ukraine</source>
        <translation>Russische Kontrolle über die annektierten Gebiete und eine neutrale Ukraine</translation>
    </message>
    <message>
        <source>Score the settlement the speaker wants: territory, neutrality, security guarantees. 0 is a ceasefire on the current line with the rest left open.</source>
        <translation>Bewerten Sie die Regelung, die der Sprecher anstrebt: Territorium, Neutralität, Sicherheitsgarantien. 0 ist ein Waffenstillstand an der aktuellen Linie, alles Übrige bleibt offen.</translation>
    </message>
    <message>
        <source>No dealings with Damascus before a political transition</source>
        <translation>Keine Kontakte mit Damaskus vor einem politischen Übergang</translation>
    </message>
    <message>
        <source>Full normalisation with the government in Damascus</source>
        <translation>Volle Normalisierung mit der Regierung in Damaskus</translation>
    </message>
    <message>
        <source>Reconstruction money, sanctions relief and recognition count as dealings; humanitarian access alone does not move a position.</source>
        <translation>Wiederaufbaugelder, Lockerung von Sanktionen und Anerkennung zählen als Kontakte; humanitärer Zugang allein verschiebt keine Position.</translation>
    </message>
    <message>
        <source>Pressure alone: sanctions and isolation, no talks</source>
        <translation>Nur Druck: Sanktionen und Isolation, keine Gespräche</translation>
    </message>
    <message>
        <source>Talks and engagement without conditions</source>
        <translation>Gespräche und Engagement ohne Bedingungen</translation>
    </message>
    <message>
        <source>Conditions set before talks (inspections first, limits on enrichment) move a position towards 0.</source>
        <translation>Vor Gesprächen gestellte Bedingungen (zuerst Inspektionen, Grenzen für die Anreicherung) verschieben eine Position in Richtung 0.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>the pasted text is empty</source>
        <translation>der eingefügte Text ist leer</translation>
    </message>
    <message>
        <source>the pasted text looks like binary data, not text</source>
        <translation>der eingefügte Text sieht nach Binärdaten aus, nicht nach Text</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>offsets %1–%2 are not a span of the text, which has %3 characters</source>
        <translation>Offsets %1–%2 bezeichnen keinen Abschnitt des Texts, der %3 Zeichen hat</translation>
    </message>
    <message>
        <source>offsets %1–%2 split a character in two</source>
        <translation>Offsets %1–%2 teilen ein Zeichen in zwei</translation>
    </message>
</context>
<context>
    <name>Graphml</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Das Netzwerk konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
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
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list of file suffixes: %1 is &quot;.txt, .md&quot;, %2 is &quot;.html&quot;</extracomment>
        <translation>%1 und %2</translation>
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
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Project</source>
        <translation>B&amp;eispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Claims to CSV…</source>
        <translation>Aussagen als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>Als neues Dokument ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;codieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Aussage &amp;löschen</translation>
    </message>
    <message>
        <source>Document Pr&amp;operties…</source>
        <translation>Dokument&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Show C&amp;ues</source>
        <translation>Signal&amp;wörter anzeigen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Demarche</source>
        <translation>&amp;Über Demarche</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Zu den &amp;Dokumenten</translation>
    </message>
    <message>
        <source>Go to Code&amp;book</source>
        <translation>Zum &amp;Codebuch</translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation>Zu den Au&amp;ssagen</translation>
    </message>
    <message>
        <source>Go to the Claim &amp;Inspector</source>
        <translation>Zu den Aussagedeta&amp;ils</translation>
    </message>
    <message>
        <source>Underline the codebook&apos;s names, aliases and keywords in the article</source>
        <translation>Namen, Aliasse und Schlagwörter des Codebuchs im Artikel unterstreichen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 is the step to undo, as Edit ▸ Undo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 is the step to redo, as Edit ▸ Redo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <extracomment>In the menu File ▸ Import: a whole project from QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;REFI-QDA-Projekt…</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project…</source>
        <extracomment>In the menu File ▸ Export: the whole project for QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>REFI-QDA-&amp;Projekt…</translation>
    </message>
    <message>
        <source>Make a new project from a REFI-QDA project (.qdpx) of QualCoder, MAXQDA, ATLAS.ti, NVivo or Demarche</source>
        <translation>Ein neues Projekt aus einem REFI-QDA-Projekt (.qdpx) von QualCoder, MAXQDA, ATLAS.ti, NVivo oder Demarche anlegen</translation>
    </message>
    <message>
        <source>Write the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti and NVivo</source>
        <translation>Das ganze Projekt als REFI-QDA-Projekt (.qdpx) für QualCoder, MAXQDA, ATLAS.ti und NVivo schreiben</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Demarche project</source>
        <translation>Demarche-Projekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>NetworkImageText</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Das Netzwerk konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>das Bild konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message>
        <source>Congruence</source>
        <translation>Kongruenz</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Congruence: two actors are linked by the topics on which both took a position; each such topic adds 1 − |difference of their mean positions| / 200, so full agreement adds 1.</source>
        <translation>Kongruenz: Zwei Akteure verbinden die Themen, zu denen beide eine Position eingenommen haben; jedes solche Thema trägt 1 − |Differenz ihrer mittleren Positionen| / 200 bei, volle Übereinstimmung also 1.</translation>
    </message>
    <message>
        <source>Conflict: two actors are linked by the topics on which both took a position; each such topic adds |difference of their mean positions| / 200, so opposite extremes add 1.</source>
        <translation>Konflikt: Zwei Akteure verbinden die Themen, zu denen beide eine Position eingenommen haben; jedes solche Thema trägt |Differenz ihrer mittleren Positionen| / 200 bei, entgegengesetzte Extreme also 1.</translation>
    </message>
    <message>
        <source>Affiliation: each actor is linked to the topics it made claims on, weighted by the number of claims.</source>
        <translation>Zugehörigkeit: Jeder Akteur ist mit den Themen verbunden, zu denen er Aussagen gemacht hat, gewichtet mit der Zahl der Aussagen.</translation>
    </message>
    <message>
        <source>Means are weighted by salience.</source>
        <translation>Die Mittelwerte sind nach Salienz gewichtet.</translation>
    </message>
    <message>
        <source>Members count as their top-level actor.</source>
        <translation>Mitglieder zählen als ihr oberster Akteur.</translation>
    </message>
    <message>
        <source>Every actor counts on its own, members included.</source>
        <translation>Jeder Akteur zählt für sich, auch Mitglieder.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>actor on topic</comment>
        <translation>%1 zu %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean position: %1</source>
        <translation>Mittlere Position: %1</translation>
    </message>
    <message>
        <source>No claim with a position</source>
        <translation>Keine Aussage mit Position</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>two actors</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Congruence: %1</source>
        <translation>Kongruenz: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %n topic(s): %1</source>
        <translation>
            <numerusform>Über %n Thema: %1</numerusform>
            <numerusform>Über %n Themen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Topic
%2</source>
        <comment>name, the word topic, claims</comment>
        <translation>%1
Thema
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
        <translation>%1: ist ein Projekt oder eine andere SQLite-Datenbank; Schreiben würde sie zerstören, wählen Sie daher eine andere Datei</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1: is the open project itself; choose another file</source>
        <translation>%1: ist das geöffnete Projekt selbst; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1: ist ein Ordner; wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <source>%1: is neither a file, a pipe nor a character device</source>
        <translation>%1: ist weder eine Datei noch eine Pipe noch ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: is a pipe or a device; this format can only be written to a file</source>
        <translation>%1: ist eine Pipe oder ein Gerät; dieses Format kann nur in eine Datei geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Das PDF %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>laying out pages needs the graphical libraries (a QGuiApplication), which are not running</source>
        <translation>für das Seitenlayout werden die Grafikbibliotheken (eine QGuiApplication) benötigt, die nicht laufen</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>die Seiten konnten nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Demarche projects (*.demarche);;All files (*)</source>
        <translation>Demarche-Projekte (*.demarche);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Das Projekt konnte nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Beispielprojekt</translation>
    </message>
    <message>
        <source>The sample project could not be created.

%1</source>
        <translation>Das Beispielprojekt konnte nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <source>Untitled.demarche</source>
        <translation>Unbenannt.demarche</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>%1 copy.demarche</source>
        <translation>%1 Kopie.demarche</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>Die Kopie konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen, oder öffnen Sie das Projekt mit Datei ▸ Projekt öffnen….</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a directory, not a project file</source>
        <translation>%1: ist ein Verzeichnis, keine Projektdatei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is empty, not a Demarche project</source>
        <translation>%1: ist leer, kein Demarche-Projekt</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (not an SQLite database)</source>
        <translation>%1: ist kein Demarche-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: the SQLite driver for Qt is missing</source>
        <translation>%1: Der SQLite-Treiber für Qt fehlt</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: the project is locked by another program</source>
        <translation>%1: Das Projekt ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Demarche project (%2)</source>
        <translation>%1: ist beschädigt oder kein Demarche-Projekt (%2)</translation>
    </message>
    <message>
        <source>%1: is damaged: %2</source>
        <translation>%1: ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: is an SQLite database but not a Demarche project</source>
        <translation>%1: ist eine SQLite-Datenbank, aber kein Demarche-Projekt</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Demarche (project format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1: wurde mit einer neueren Version von Demarche gespeichert (Projektformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: the change was not saved</source>
        <translation>%1: Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the claim has no actor</source>
        <translation>die Aussage hat keinen Akteur</translation>
    </message>
    <message>
        <source>the claim has no topic</source>
        <translation>die Aussage hat kein Thema</translation>
    </message>
    <message>
        <source>the target actor must differ from the actor who holds the claim</source>
        <translation>der Adressat muss sich vom Urheber der Aussage unterscheiden</translation>
    </message>
    <message>
        <source>position %1 is outside %2 … %3</source>
        <translation>Position %1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <source>salience %1 is outside %2 … %3</source>
        <translation>Salienz %1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <source>the claim&apos;s actor, target or topic is not in the project</source>
        <translation>Akteur, Adressat oder Thema der Aussage ist nicht im Projekt</translation>
    </message>
    <message>
        <source>no claim with id %1 in the project</source>
        <translation>keine Aussage mit der ID %1 im Projekt</translation>
    </message>
    <message>
        <source>%1: the colour is not valid</source>
        <translation>%1: Die Farbe ist ungültig</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent, directly or through others</source>
        <translation>%1 kann nicht sich selbst übergeordnet sein, weder direkt noch über andere</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>%1: the parent actor does not exist</source>
        <translation>%1: Der übergeordnete Akteur existiert nicht</translation>
    </message>
    <message>
        <source>no actor with id %1 in the project</source>
        <translation>kein Akteur mit der ID %1 im Projekt</translation>
    </message>
    <message>
        <source>%1: the parent topic does not exist</source>
        <translation>%1: Das übergeordnete Thema existiert nicht</translation>
    </message>
    <message>
        <source>no topic with id %1 in the project</source>
        <translation>kein Thema mit der ID %1 im Projekt</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>kein Dokument mit der ID %1 im Projekt</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>das Dokument enthält keinen Text</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>das Dokument hat keinen Titel</translation>
    </message>
    <message>
        <source>the same text is already in the project as document %1 (“%2”); use --allow-duplicate to import it again</source>
        <translation>derselbe Text ist bereits als Dokument %1 („%2“) im Projekt; mit --allow-duplicate wird er erneut importiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>der Akteur hat keinen Namen</translation>
    </message>
    <message>
        <source>the topic has no name</source>
        <translation>das Thema hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2)</source>
        <translation>%1: Das Projekt ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1: Die Kopie konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the project is open read-only</source>
        <translation>%1: Das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: the id %2 is already in use</source>
        <translation>%1: Die ID %2 ist bereits vergeben</translation>
    </message>
    <message numerus="yes">
        <source>the actor holds %n claim(s); reassign or delete them first</source>
        <translation>
            <numerusform>der Akteur hat %n Aussage; ordnen Sie sie zuerst neu zu oder löschen Sie sie</numerusform>
            <numerusform>der Akteur hat %n Aussagen; ordnen Sie diese zuerst neu zu oder löschen Sie sie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scale note contains a control character (U+%2)</source>
        <translation>%1: Der Skalenhinweis enthält ein Steuerzeichen (U+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) tagged with the topic; retag or delete them first</source>
        <translation>
            <numerusform>%n Aussage ist mit dem Thema codiert; codieren Sie sie zuerst neu oder löschen Sie sie</numerusform>
            <numerusform>%n Aussagen sind mit dem Thema codiert; codieren Sie diese zuerst neu oder löschen Sie sie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project is read-only (%2); it can be read but not changed</source>
        <translation>%1: Das Projekt ist schreibgeschützt (%2); es kann gelesen, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>%1: was saved by an older version of Demarche and must be updated to be read, but it is opened read-only and no updated copy could be made: %2</source>
        <translation>%1: wurde mit einer älteren Version von Demarche gespeichert und muss zum Lesen aktualisiert werden, ist aber schreibgeschützt geöffnet, und es konnte keine aktualisierte Kopie angelegt werden: %2</translation>
    </message>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>sein Laufwerk ist schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>sein Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1: is named like the log or journal of %2; choose another name</source>
        <translation>%1: ist wie das Protokoll oder Journal von %2 benannt; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt cannot open a database</source>
        <translation>der SQLite-Treiber für Qt kann keine Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (%2); it was left unchanged</source>
        <translation>%1: ist kein Demarche-Projekt (%2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: the project is read-only (the file, its folder or its disk cannot be written); the change was not saved</source>
        <translation>%1: Das Projekt ist schreibgeschützt (die Datei, ihr Ordner oder ihr Laufwerk ist nicht beschreibbar); die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing more could be written and the project is as it was</source>
        <translation>%1: Das Laufwerk ist voll; es konnte nichts mehr geschrieben werden, das Projekt ist unverändert</translation>
    </message>
    <message>
        <source>%1: the disk refused to read or write the project (%2)</source>
        <translation>%1: Das Laufwerk hat das Lesen oder Schreiben des Projekts verweigert (%2)</translation>
    </message>
    <message>
        <source>%1: the project or a file beside it (-wal, -shm, -journal) cannot be opened (%2)</source>
        <translation>%1: Das Projekt oder eine Datei daneben (-wal, -shm, -journal) kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: “%2” contains a control character (U+%3); it must be one line of plain text</source>
        <extracomment>%1 names the field: Name, Alias, Keyword, Title, Source…</extracomment>
        <translation>%1: „%2“ enthält ein Steuerzeichen (U+%3); zulässig ist nur eine einzelne Zeile reiner Text</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Negativer Pol</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Positiver Pol</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>the schema entry %1 differs</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>der Schemaeintrag %1 weicht ab</translation>
    </message>
    <message>
        <source>it holds an unknown schema entry %1</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>die Datei enthält einen unbekannten Schemaeintrag %1</translation>
    </message>
    <message>
        <source>the schema entry %1 is missing</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>der Schemaeintrag %1 fehlt</translation>
    </message>
</context>
<context>
    <name>QdpxExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the archive entry %1 failed (zip error %2)</source>
        <translation>der Archiveintrag %1 ist fehlgeschlagen (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>it is no longer a file</source>
        <translation>es ist keine Datei mehr</translation>
    </message>
    <message>
        <source>the archive cannot be started (zip error %1)</source>
        <translation>das Archiv kann nicht angelegt werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1: Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the archive cannot be completed (zip error %1)</source>
        <translation>das Archiv kann nicht abgeschlossen werden (ZIP-Fehler %1)</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The project could not be exported.

%1</source>
        <translation>Das Projekt konnte nicht exportiert werden.

%1</translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; refused</source>
        <translation>%1: größer als %2 MB; abgelehnt</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: holds no .qde project file; not a REFI-QDA project</source>
        <translation>%1: enthält keine .qde-Projektdatei; kein REFI-QDA-Projekt</translation>
    </message>
    <message>
        <source>%1: holds several project files (%2); a REFI-QDA project has one</source>
        <extracomment>%2 lists the files, separated by commas</extracomment>
        <translation>%1: enthält mehrere Projektdateien (%2); ein REFI-QDA-Projekt hat nur eine</translation>
    </message>
    <message>
        <source>has no text (no plainTextPath and no PlainTextContent)</source>
        <translation>hat keinen Text (weder plainTextPath noch PlainTextContent)</translation>
    </message>
    <message>
        <source>its text is outside the archive (%1); not read</source>
        <translation>sein Text liegt außerhalb des Archivs (%1); nicht gelesen</translation>
    </message>
    <message>
        <source>its text %1 is not in the archive</source>
        <translation>sein Text %1 ist nicht im Archiv</translation>
    </message>
    <message>
        <source>%1: the text %2 is not valid UTF-8 (byte %3)</source>
        <extracomment>%2 is a file inside the archive, %3 a byte offset</extracomment>
        <translation>%1: Der Text %2 ist kein gültiges UTF-8 (Byte %3)</translation>
    </message>
    <message>
        <source>%1: the text is binary data, not text</source>
        <translation>%1: Der Text besteht aus Binärdaten, nicht aus Text</translation>
    </message>
    <message>
        <source>the code has no usable name; left out, with what is coded with it</source>
        <translation>der Code hat keinen verwendbaren Namen; ausgelassen, samt allem, was damit codiert ist</translation>
    </message>
    <message>
        <source>the description line “%1” was not understood; left out</source>
        <translation>die Beschreibungszeile „%1“ wurde nicht verstanden; ausgelassen</translation>
    </message>
    <message>
        <source>the code&apos;s description was not imported</source>
        <translation>die Beschreibung des Codes wurde nicht importiert</translation>
    </message>
    <message>
        <source>not used: the file was written by Demarche, whose actors are known</source>
        <translation>nicht verwendet: Die Datei wurde von Demarche geschrieben, ihre Akteure sind bekannt</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>a selection in the loss report: source name, start and end positions</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>the position is outside the text; not imported</source>
        <translation>die Stelle liegt außerhalb des Texts; nicht importiert</translation>
    </message>
    <message>
        <source>the position splits a character (between CR and LF, or inside a letter and its accent); not imported</source>
        <translation>die Stelle teilt ein Zeichen (zwischen CR und LF oder zwischen einem Buchstaben und seinem Akzent); nicht importiert</translation>
    </message>
    <message>
        <source>the selection holds only blank space; not imported</source>
        <translation>die Auswahl enthält nur Leerraum; nicht importiert</translation>
    </message>
    <message>
        <source>the text has over 30 combining marks in a row, and positions cannot follow its canonical form; not imported</source>
        <translation>der Text hat über 30 kombinierende Zeichen in Folge, und Stellen können seiner kanonischen Form nicht folgen; nicht importiert</translation>
    </message>
    <message>
        <source>a %1 with no plain text; not imported</source>
        <extracomment>%1 is an element of the file: PictureSource, AudioSource, ...</extracomment>
        <translation>ein %1 ohne reinen Text; nicht importiert</translation>
    </message>
    <message>
        <source>the text is empty; not imported</source>
        <translation>der Text ist leer; nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) on the pages rather than the text; not imported</source>
        <translation>
            <numerusform>%n Auswahl auf den Seiten statt im Text; nicht importiert</numerusform>
            <numerusform>%n Auswahlen auf den Seiten statt im Text; nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Unbenannte Quelle</translation>
    </message>
    <message>
        <source>the source&apos;s description was not imported</source>
        <translation>die Beschreibung der Quelle wurde nicht importiert</translation>
    </message>
    <message>
        <source>the selection is empty; not imported</source>
        <translation>die Auswahl ist leer; nicht importiert</translation>
    </message>
    <message>
        <source>%1; not imported</source>
        <translation>%1; nicht importiert</translation>
    </message>
    <message>
        <source>coded with a code that is not in the codebook; that coding was left out</source>
        <translation>mit einem Code codiert, der nicht im Codebuch ist; diese Codierung wurde ausgelassen</translation>
    </message>
    <message>
        <source>coded with several stances; the first was kept</source>
        <translation>mit mehreren Haltungen codiert; die erste wurde beibehalten</translation>
    </message>
    <message>
        <source>coded with no actor and no topic; not imported</source>
        <translation>weder mit einem Akteur noch mit einem Thema codiert; nicht importiert</translation>
    </message>
    <message>
        <source>coded with an actor but no topic; not imported</source>
        <translation>mit einem Akteur, aber ohne Thema codiert; nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>coded with several actors or topics: one claim for each of its %n actor–topic pair(s)</source>
        <translation>
            <numerusform>mit mehreren Akteuren oder Themen codiert: eine Aussage für sein %n Akteur-Thema-Paar</numerusform>
            <numerusform>mit mehreren Akteuren oder Themen codiert: je eine Aussage für jedes seiner %n Akteur-Thema-Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>the variable was not imported</source>
        <translation>die Variable wurde nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>the code is neither an actor nor a topic; %n coding(s) with it were left out</source>
        <translation>
            <numerusform>der Code ist weder ein Akteur noch ein Thema; %n Codierung damit wurde ausgelassen</numerusform>
            <numerusform>der Code ist weder ein Akteur noch ein Thema; %n Codierungen damit wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>the actor was created for the selections coded with a topic and no actor</source>
        <translation>der Akteur wurde für die Auswahlen angelegt, die mit einem Thema, aber ohne Akteur codiert sind</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) coded with a topic and no actor became claims of this actor</source>
        <translation>
            <numerusform>%n mit einem Thema, aber ohne Akteur codierte Auswahl wurde zu einer Aussage dieses Akteurs</numerusform>
            <numerusform>%n mit einem Thema, aber ohne Akteur codierte Auswahlen wurden zu Aussagen dieses Akteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>the target “%1” is not an actor; left out</source>
        <translation>der Adressat „%1“ ist kein Akteur; ausgelassen</translation>
    </message>
    <message>
        <source>declares a document type (&lt;!DOCTYPE&gt;), which REFI-QDA does not use; refused for safety</source>
        <translation>deklariert einen Dokumenttyp (&lt;!DOCTYPE&gt;), den REFI-QDA nicht verwendet; aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>ist kein REFI-QDA-Projekt (kein &lt;Project&gt;-Element)</translation>
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <extracomment>%1 and %2 are line and column numbers, %3 the XML parser&apos;s explanation</extracomment>
        <translation>kein gültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not imported: Demarche has no place for this part of a project</source>
        <translation>nicht importiert: Demarche hat keinen Platz für diesen Teil eines Projekts</translation>
    </message>
    <message>
        <source>codes nested more than %1 deep; refused</source>
        <translation>Codes mehr als %1 Ebenen tief verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <source>nested more than %1 codes deep; placed at that depth</source>
        <translation>mehr als %1 Codes tief verschachtelt; auf dieser Ebene eingeordnet</translation>
    </message>
    <message>
        <source>the file has no code named “%1” to hold the actors</source>
        <translation>die Datei hat keinen Code namens „%1“, der die Akteure enthalten könnte</translation>
    </message>
    <message>
        <source>several codes are named “%1”; give its path from the top, as in “%2”</source>
        <translation>mehrere Codes heißen „%1“; geben Sie seinen Pfad von oben an, etwa „%2“</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>Save the imported project as</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be read.

%1</source>
        <translation>Die Datei konnte nicht gelesen werden.

%1</translation>
    </message>
    <message>
        <source>The project could not be imported.

%1</source>
        <translation>Das Projekt konnte nicht importiert werden.

%1</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>&apos;%1&apos; muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour</source>
        <translation>&apos;%1&apos; ist keine Farbe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; expected one of: %3</source>
        <translation>unbekannter Wert &apos;%2&apos; für %1; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: &apos;%2&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: must hold a JSON object</source>
        <translation>%1: muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>%1: unsupported format; expected &quot;format&quot;: %2</source>
        <translation>%1: nicht unterstütztes Format; erwartet wird &quot;format&quot;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: claims[%2] (“%3”)</source>
        <translation>%1: claims[%2] („%3“)</translation>
    </message>
    <message>
        <source>%1: the parent topic &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: Das übergeordnete Thema &apos;%2&apos; von &apos;%3&apos; muss vor diesem aufgeführt sein</translation>
    </message>
    <message>
        <source>%1: the parent actor &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1: Der übergeordnete Akteur &apos;%2&apos; von &apos;%3&apos; muss vor diesem aufgeführt sein</translation>
    </message>
    <message>
        <source>no document &apos;%1&apos; in %2</source>
        <translation>kein Dokument &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>unknown holder &apos;%1&apos;</source>
        <translation>unbekannter Urheber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;</source>
        <translation>unbekannter Adressat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos;</source>
        <translation>unbekanntes Thema &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the quote does not occur in %1</source>
        <translation>das Zitat kommt in %1 nicht vor</translation>
    </message>
    <message>
        <source>the quote occurs fewer than %1 times in %2</source>
        <translation>das Zitat kommt seltener als %1-mal in %2 vor</translation>
    </message>
    <message>
        <source>%1: unsupported file type; expected %2</source>
        <translation>%1: nicht unterstützter Dateityp; erwartet wird %2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quick tag</source>
        <translation>Schnellcodierung</translation>
    </message>
    <message>
        <source>Select text, snapped to whole words</source>
        <translation>Text auswählen, auf ganze Wörter erweitert</translation>
    </message>
    <message>
        <source>Select all of the article</source>
        <translation>Den ganzen Artikel auswählen</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>Genau auswählen, ohne Erweiterung auf Wörter</translation>
    </message>
    <message>
        <source>%1 + drag</source>
        <translation>%1 + Ziehen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Choose the actor or topic with this number</source>
        <translation>Den Akteur oder das Thema mit dieser Nummer wählen</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Choose the highlighted actor or topic</source>
        <translation>Den hervorgehobenen Akteur oder das hervorgehobene Thema wählen</translation>
    </message>
    <message>
        <source>Move the highlight</source>
        <translation>Hervorhebung verschieben</translation>
    </message>
    <message>
        <source>Filter the list, or name a new actor or topic</source>
        <translation>Liste filtern oder einen neuen Akteur oder ein neues Thema benennen</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Einen Namen eingeben</translation>
    </message>
    <message>
        <source>Back from the topic to the actor</source>
        <translation>Vom Thema zurück zum Akteur</translation>
    </message>
    <message>
        <source>Cancel tagging</source>
        <translation>Codieren abbrechen</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>%1: is a binary file, not text</source>
        <translation>%1: ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>%1: contains no text</source>
        <translation>%1: enthält keinen Text</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; decoded as Windows-1252</source>
        <translation>%1: kein gültiges UTF-8; als Windows-1252 dekodiert</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB; the limit is %3 MB</source>
        <translation>%1: hat %2 MB; die Grenze liegt bei %3 MB</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1: ist größer als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>%1: is the open project itself, not a document</source>
        <translation>%1: ist das geöffnete Projekt selbst, kein Dokument</translation>
    </message>
    <message>
        <source>%1: unsupported file type (no extension); expected %2</source>
        <translation>%1: nicht unterstützter Dateityp (keine Endung); erwartet wird %2</translation>
    </message>
    <message>
        <source>%1: unsupported file type &apos;%2&apos;; expected %3</source>
        <translation>%1: nicht unterstützter Dateityp &apos;%2&apos;; erwartet wird %3</translation>
    </message>
    <message>
        <source>%1: nests too deep</source>
        <translation>%1: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the heading above a document&apos;s footnotes and endnotes, after its text</extracomment>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1: beschädigt</translation>
    </message>
    <message>
        <source>%1: encrypted</source>
        <translation>%1: verschlüsselt</translation>
    </message>
    <message>
        <source>%1: no text layer — scanned PDF?</source>
        <translation>%1: keine Textebene – eingescanntes PDF?</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n page(s); the rest is left out</source>
        <translation>
            <numerusform>%1: nach %n Seite abgebrochen; der Rest fehlt</numerusform>
            <numerusform>%1: nach %n Seiten abgebrochen; der Rest fehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running header(s) and footer(s) left out</source>
        <translation>
            <numerusform>%1: %n Kopf- oder Fußzeile ausgelassen</numerusform>
            <numerusform>%1: %n Kopf- und Fußzeilen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) hyphenated at a line end joined</source>
        <translation>
            <numerusform>%1: %n am Zeilenende getrenntes Wort zusammengefügt</numerusform>
            <numerusform>%1: %n am Zeilenende getrennte Wörter zusammengefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: too large once unpacked (a zip bomb?)</source>
        <translation>%1: entpackt zu groß (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>%1: not a valid %2 file (%3 is missing)</source>
        <extracomment>%2 is a format (&quot;DOCX&quot;, &quot;ODT&quot;), %3 a part of its file (&quot;word/document.xml&quot;)</extracomment>
        <translation>%1: keine gültige %2-Datei (%3 fehlt)</translation>
    </message>
    <message>
        <source>%1: took too long to read; no text was found in time</source>
        <translation>%1: Lesen dauerte zu lange; in der Zeit wurde kein Text gefunden</translation>
    </message>
</context>
<context>
    <name>TopicScale</name>
    <message>
        <source>%1: not defined</source>
        <translation>%1: nicht festgelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scale not defined</source>
        <translation>Skala nicht festgelegt</translation>
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
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>A stance value: the actor puts forward a plan or an offer for discussion.</extracomment>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Concession</source>
        <extracomment>A stance value: the actor gives ground it had held before.</extracomment>
        <translation>Zugeständnis</translation>
    </message>
    <message>
        <source>Refusal / red line</source>
        <extracomment>A stance value: the actor rejects something or names a limit it will not cross.</extracomment>
        <translation>Ablehnung / rote Linie</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>A stance value: the actor backs another party&apos;s position or a plan.</extracomment>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Criticism</source>
        <extracomment>A stance value: the actor objects to what another party does or says.</extracomment>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A stance value: the actor binds itself to doing something (a pledge).</extracomment>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Threat</source>
        <extracomment>A stance value: the actor announces consequences if others do not comply.</extracomment>
        <translation>Drohung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>A stance value: the actor states how it sees a situation, without asking or offering anything.</extracomment>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <extracomment>An attribution: the article quotes the actor&apos;s own words.</extracomment>
        <translation>Direktes Zitat</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <extracomment>An attribution: the article renders the actor&apos;s words in its own words.</extracomment>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>An attribution: the article reports the claim second-hand (&quot;according to officials&quot;).</extracomment>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Analyst&apos;s inference</source>
        <extracomment>An attribution: the analyst infers the claim; the actor did not state it.</extracomment>
        <translation>Folgerung des Analysten</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>An actor kind: a country, not a condition or a federal state.</extracomment>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>An actor kind: an international or non-governmental organisation (EU, UN, NATO).</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>An actor kind: an individual, such as a minister or a president.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Faction</source>
        <extracomment>An actor kind: a party, a movement or an armed group within a country.</extracomment>
        <translation>Gruppierung</translation>
    </message>
</context>
<context>
    <name>demarche::ActorKindDelegate</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>demarche::ActorsUnderDialog</name>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>“%1” was made by another program. Which of its codes holds the actors? The codes below the one you choose become actors; every other code becomes a topic.</source>
        <translation>„%1“ wurde mit einem anderen Programm erstellt. Welcher seiner Codes enthält die Akteure? Die Codes unter dem gewählten werden zu Akteuren; jeder andere Code wird zu einem Thema.</translation>
    </message>
    <message>
        <source>None: every code becomes a topic</source>
        <extracomment>The first choice in a list of codes: no code holds actors.</extracomment>
        <translation>Keiner: Jeder Code wird zu einem Thema</translation>
    </message>
    <message>
        <source>Every code becomes a topic. Coded passages become claims of the actor “Unattributed”.</source>
        <translation>Jeder Code wird zu einem Thema. Codierte Passagen werden zu Aussagen des Akteurs „Unattributed“.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) below “%1” become actors; the other codes become topics.</source>
        <translation>
            <numerusform>%n Code unter „%1“ wird zu einem Akteur; die anderen Codes werden zu Themen.</numerusform>
            <numerusform>%n Codes unter „%1“ werden zu Akteuren; die anderen Codes werden zu Themen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ArticleHeader</name>
    <message>
        <source>Article title, source and date</source>
        <translation>Titel, Quelle und Datum des Artikels</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Quelle und Datum</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleTextEdit</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleView</name>
    <message>
        <source>Open a document from the list, or import one</source>
        <translation>Öffnen Sie ein Dokument aus der Liste oder importieren Sie eines</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>So importieren Sie einen Artikel</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimFilterBar</name>
    <message>
        <source>This document only</source>
        <translation>Nur dieses Dokument</translation>
    </message>
    <message>
        <source>Search quotes, notes, actors…</source>
        <translation>Zitate, Notizen, Akteure durchsuchen…</translation>
    </message>
    <message>
        <source>The claims of one actor and of the actors under it</source>
        <translation>Die Aussagen eines Akteurs und der ihm untergeordneten Akteure</translation>
    </message>
    <message>
        <source>The claims on one topic and on its sub-topics</source>
        <translation>Die Aussagen zu einem Thema und seinen Unterthemen</translation>
    </message>
    <message>
        <source>The claims of one stance type</source>
        <translation>Die Aussagen einer Haltung</translation>
    </message>
    <message>
        <source>Only the claims of the article that is open</source>
        <translation>Nur die Aussagen des geöffneten Artikels</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>stance %1</source>
        <translation>Haltung %1</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>Dokument „%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Alle Haltungen</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimInspector</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Adressat:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <extracomment>The number from -100 to +100 on the topic&apos;s scale, not a place</extracomment>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Salienz:</translation>
    </message>
    <message>
        <source>How central the claim is to the holder&apos;s position: 1 is a passing remark, 5 is at its core</source>
        <translation>Wie zentral die Aussage für die Position des Urhebers ist: 1 ist eine beiläufige Bemerkung, 5 ist ihr Kern</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>&amp;Wiedergabe:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your remarks on this claim</source>
        <translation>Ihre Anmerkungen zu dieser Aussage</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Select a claim to see its details</source>
        <translation>Wählen Sie eine Aussage, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>What the claim&apos;s fields mean</source>
        <translation>Was die Felder einer Aussage bedeuten</translation>
    </message>
    <message>
        <source>Claim inspector</source>
        <translation>Aussagedetails</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimTableModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimsPanel</name>
    <message>
        <source>Go to claim</source>
        <translation>Zur Aussage springen</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Aussage löschen</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>Zitat kopieren</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare %1 with</source>
        <translation>%1 vergleichen mit</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 von %n Aussage</numerusform>
            <numerusform>%1 von %n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims yet. Select text in an article and press T to tag it.</source>
        <translation>Noch keine Aussagen. Wählen Sie Text in einem Artikel aus und drücken Sie T, um ihn zu codieren.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>So codieren Sie eine Aussage</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Keine Aussagen entsprechen diesen Filtern.</translation>
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
        <translation>Codebuch-Aktionen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Untereintrag</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up; the first nine have quick-tag numbers</source>
        <translation>Nach oben; die ersten neun haben Nummern für die Schnellcodierung</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down; the first nine have quick-tag numbers</source>
        <translation>Nach unten; die ersten neun haben Nummern für die Schnellcodierung</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Move all claims to another entry, then delete this one</source>
        <translation>Alle Aussagen auf einen anderen Eintrag verschieben, dann diesen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Choose the colour of the selected entry</source>
        <translation>Die Farbe des ausgewählten Eintrags wählen</translation>
    </message>
    <message>
        <source>How the codebook works</source>
        <translation>So funktioniert das Codebuch</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s).</source>
        <translation>
            <numerusform>„%1“ wird von %n Aussage verwendet.</numerusform>
            <numerusform>„%1“ wird von %n Aussagen verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the claims to another entry, which deletes “%1”, or cancel.</source>
        <translation>Ordnen Sie die Aussagen einem anderen Eintrag zu, wodurch „%1“ gelöscht wird, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Neu zuordnen…</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPanel</name>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Einen Akteur hinzufügen</translation>
    </message>
    <message>
        <source>Add an actor under the selected one</source>
        <translation>Einen Akteur unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>No actors yet. Press Insert, or Add above, to add the states, organisations and people you follow.</source>
        <translation>Noch keine Akteure. Drücken Sie Einfg oder oben auf „Hinzufügen“, um die Staaten, Organisationen und Personen anzulegen, die Sie verfolgen.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ein Thema hinzufügen</translation>
    </message>
    <message>
        <source>Add a sub-topic under the selected topic</source>
        <translation>Ein Unterthema unter dem ausgewählten Thema hinzufügen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No topics yet. Press Insert, or Add above, to add the files the actors negotiate.</source>
        <translation>Noch keine Themen. Drücken Sie Einfg oder oben auf „Hinzufügen“, um die Dossiers anzulegen, über die die Akteure verhandeln.</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skala…</translation>
    </message>
    <message>
        <source>Say what -100 and +100 mean on the selected topic</source>
        <translation>Festlegen, was -100 und +100 beim ausgewählten Thema bedeuten</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Akteure</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookTreeModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Key %1 picks “%2” in the quick-tag popup</source>
        <translation>Taste %1 wählt „%2“ im Schnellcodierungs-Fenster</translation>
    </message>
    <message>
        <source>The number key that picks the entry in the quick-tag popup</source>
        <translation>Die Zifferntaste, die den Eintrag im Schnellcodierungs-Fenster wählt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
</context>
<context>
    <name>demarche::CompareBar</name>
    <message>
        <source>First actor</source>
        <translation>Erster Akteur</translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation>Zweiter Akteur</translation>
    </message>
    <message>
        <source>Roll up members</source>
        <translation>Mitglieder einrechnen</translation>
    </message>
    <message>
        <source>Show topics without claims</source>
        <translation>Themen ohne Aussagen zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Swap the two actors</source>
        <translation>Die beiden Akteure tauschen</translation>
    </message>
    <message>
        <source>Swap actors</source>
        <translation>Akteure tauschen</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Die Aussagen der Mitglieder eines Akteurs (ein Minister für seinen Staat) als seine eigenen zählen</translation>
    </message>
    <message>
        <source>The comparison as a CSV table, one row per topic</source>
        <translation>Der Vergleich als CSV-Tabelle, eine Zeile pro Thema</translation>
    </message>
    <message>
        <source>A printable report with every quote, as PDF or HTML</source>
        <translation>Ein druckbarer Bericht mit allen Zitaten, als PDF oder HTML</translation>
    </message>
</context>
<context>
    <name>demarche::CompareView</name>
    <message>
        <source>How to compare two actors</source>
        <translation>So vergleichen Sie zwei Akteure</translation>
    </message>
    <message>
        <source>Comparing needs two actors. Add them to the codebook, then choose them above.</source>
        <translation>Für einen Vergleich werden zwei Akteure benötigt. Legen Sie sie im Codebuch an und wählen Sie sie dann oben aus.</translation>
    </message>
    <message>
        <source>How to add actors</source>
        <translation>So legen Sie Akteure an</translation>
    </message>
    <message>
        <source>Choose two different actors to compare.</source>
        <translation>Wählen Sie zwei verschiedene Akteure zum Vergleich.</translation>
    </message>
    <message>
        <source>Choose the two actors to compare above.</source>
        <translation>Wählen Sie oben die beiden Akteure für den Vergleich.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims yet. Tag what they say in the articles to compare their positions.</source>
        <translation>Weder %1 noch %2 hat bisher Aussagen. Codieren Sie, was sie in den Artikeln sagen, um ihre Positionen zu vergleichen.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>So codieren Sie eine Aussage</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims within these filters.</source>
        <translation>Weder %1 noch %2 hat Aussagen innerhalb dieser Filter.</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save Comparison Report</source>
        <translation>Vergleichsbericht speichern</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>demarche::ComparisonModel</name>
    <message>
        <source>%1: mean positions %2 apart</source>
        <translation>%1: mittlere Positionen liegen %2 auseinander</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>keine Aussagen</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <extracomment>The mean position of the actor&apos;s claims on the topic&apos;s scale</extracomment>
        <translation>Mittel %1</translation>
    </message>
    <message>
        <source>both</source>
        <extracomment>A topic on which both compared actors made claims</extracomment>
        <translation>beide</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>neither</source>
        <extracomment>A topic on which neither compared actor made claims</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>both, no positions</source>
        <translation>beide, ohne Positionen</translation>
    </message>
    <message>
        <source>%1 has no positions</source>
        <translation>%1 hat keine Positionen</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>position %1</source>
        <extracomment>The claim&apos;s position: the number on the topic&apos;s scale</extracomment>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Actor A</source>
        <translation>Akteur A</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Actor B</source>
        <translation>Akteur B</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentDetailsDialog</name>
    <message>
        <source>Set the &amp;date:</source>
        <translation>&amp;Datum festlegen:</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Kein Datum</translation>
    </message>
    <message>
        <source>Source and Date</source>
        <translation>Quelle und Datum</translation>
    </message>
    <message numerus="yes">
        <source>The source and publication date of %n document(s): %1</source>
        <translation>
            <numerusform>Quelle und Veröffentlichungsdatum von %n Dokument: %1</numerusform>
            <numerusform>Quelle und Veröffentlichungsdatum von %n Dokumenten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>e.g. TASS, Reuters, the ministry&apos;s website</source>
        <translation>z. B. TASS, Reuters, die Website des Ministeriums</translation>
    </message>
    <message>
        <source>various; type to set one for all</source>
        <translation>unterschiedlich; eine Eingabe gilt für alle</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message numerus="yes">
        <source>Set the source and date of %n document(s)</source>
        <translation>
            <numerusform>Quelle und Datum von %n Dokument festlegen</numerusform>
            <numerusform>Quelle und Datum von %n Dokumenten festlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentImporter</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Import %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n Dokument importieren</numerusform>
            <numerusform>%n Dokumente importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text is already in the project as “%1”</source>
        <translation>derselbe Text ist bereits als „%1“ im Projekt</translation>
    </message>
    <message>
        <source>has the same text as %1</source>
        <translation>hat denselben Text wie %1</translation>
    </message>
    <message>
        <source>the project did not accept it</source>
        <translation>das Projekt hat es nicht angenommen</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported</source>
        <translation>%1 ist schreibgeschützt geöffnet; Dokumente können nicht importiert werden</translation>
    </message>
    <message>
        <source>The text was not imported.</source>
        <translation>Der Text wurde nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>„%1“ wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Kein Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Kein Datum</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en, ru, fr</source>
        <translation>z. B. en, ru, fr</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Aussagen:</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Dieses Dokument ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Ein Dokument braucht einen Titel.</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentsPanel</name>
    <message>
        <source>No documents yet. Import articles to read and tag them.</source>
        <translation>Noch keine Dokumente. Importieren Sie Artikel, um sie zu lesen und zu codieren.</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>Dokumente importieren…</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>So importieren Sie einen Artikel</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Dokumente filtern…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
</context>
<context>
    <name>demarche::ExportClaimsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible (adds a byte order mark)</source>
        <translation>E&amp;xcel-kompatibel (mit Byte Order Mark)</translation>
    </message>
    <message>
        <source>&amp;Escape cells that look like formulas</source>
        <translation>Formelartige Zellen &amp;maskieren</translation>
    </message>
    <message>
        <source>Export claims to CSV</source>
        <translation>Aussagen als CSV exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>&amp;All claims (%1)</source>
        <translation>&amp;Alle Aussagen (%1)</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table</source>
        <translation>Nur die in der Aussagen&amp;tabelle angezeigten Aussagen</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. Leave it off for R, pandas and LibreOffice.</source>
        <translation>Excel liest eine CSV-Datei nur dann als UTF-8, wenn sie mit einem Byte Order Mark beginnt. Für R, pandas und LibreOffice weglassen.</translation>
    </message>
    <message>
        <source>Spreadsheets may run a cell that begins with =, +, -, @ as a formula, so a crafted quote could act when the file is opened. Escaping puts an apostrophe before such cells, which spreadsheets show as plain text. Clear it only for programs that never evaluate formulas.</source>
        <translation>Tabellenkalkulationen können eine Zelle, die mit =, +, -, @ beginnt, als Formel ausführen, sodass ein präpariertes Zitat beim Öffnen der Datei wirksam werden könnte. Das Maskieren setzt vor solche Zellen einen Apostroph; Tabellenkalkulationen zeigen sie dann als reinen Text an. Deaktivieren Sie es nur für Programme, die niemals Formeln auswerten.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A button: write the claims to the file.</extracomment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table (%1: %2)</source>
        <translation>Nur die in der Aussagen&amp;tabelle angezeigten Aussagen (%1: %2)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation>Aussagen exportieren</translation>
    </message>
    <message>
        <source>The claims cannot be exported to “%1”.</source>
        <translation>Die Aussagen können nicht nach „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The claims could not be exported to “%1”.</source>
        <translation>Die Aussagen konnten nicht nach „%1“ exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 von %Ln Aussage</numerusform>
            <numerusform>%1 von %Ln Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportReviewDialog</name>
    <message>
        <source>Check the Imported Documents</source>
        <translation>Importierte Dokumente prüfen</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headings: the file a document came from, its title, publication date, source, and what the import left out of its text (running headers, page numbers)</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Bereinigt</translation>
    </message>
    <message numerus="yes">
        <source>Correct the details of %n document(s)</source>
        <translation>
            <numerusform>Angaben von %n Dokument korrigieren</numerusform>
            <numerusform>Angaben von %n Dokumenten korrigieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title, date and source of %n new document(s), as read from the file(s). Correct any that are wrong; they can also be changed later in Document Properties.</source>
        <translation>
            <numerusform>Titel, Datum und Quelle von %n neuen Dokument, wie sie aus der Datei gelesen wurden. Korrigieren Sie, was falsch ist; alles lässt sich auch später in den Dokumenteigenschaften ändern.</numerusform>
            <numerusform>Titel, Datum und Quelle von %n neuen Dokumenten, wie sie aus den Dateien gelesen wurden. Korrigieren Sie, was falsch ist; alles lässt sich auch später in den Dokumenteigenschaften ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>not an article file; skipped</source>
        <translation>keine Artikeldatei; übersprungen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the summary to the clipboard.</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>No documents were imported: there was no article file to import.</source>
        <translation>Es wurden keine Dokumente importiert: Es gab keine Artikeldatei zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n document(s).</source>
        <translation>
            <numerusform>%1 von %n Dokument importiert.</numerusform>
            <numerusform>%1 von %n Dokumenten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not read.</source>
        <translation>
            <numerusform>Der Import wurde abgebrochen; %n Datei wurde nicht gelesen.</numerusform>
            <numerusform>Der Import wurde abgebrochen; %n Dateien wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</source>
        <translation>
            <numerusform>%n Datei in den Ordnern wurde übersprungen: Nur Dateien vom Typ %1 werden importiert, und Unterordner werden nicht durchsucht.</numerusform>
            <numerusform>%n Dateien in den Ordnern wurden übersprungen: Nur Dateien vom Typ %1 werden importiert, und Unterordner werden nicht durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the documents with a warning: their text may not have been read as intended.</source>
        <translation>Prüfen Sie die Dokumente mit einer Warnung: Ihr Text wurde möglicherweise nicht wie vorgesehen gelesen.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Cleaned:</source>
        <extracomment>A heading: what the import left out of the documents&apos; text</extracomment>
        <translation>Bereinigt:</translation>
    </message>
</context>
<context>
    <name>demarche::LossReportDialog</name>
    <message>
        <source>REFI-QDA Import</source>
        <translation>REFI-QDA-Import</translation>
    </message>
    <message>
        <source>Nothing was lost: everything in the file is in the project.</source>
        <translation>Nichts ging verloren: Alles aus der Datei ist im Projekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the file could not be represented in the project; they are listed below.</source>
        <translation>
            <numerusform>%n Element der Datei konnte im Projekt nicht abgebildet werden; es ist unten aufgeführt.</numerusform>
            <numerusform>%n Elemente der Datei konnten im Projekt nicht abgebildet werden; sie sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column headings of the loss report: where in the file, and what was not taken in.</extracomment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What was lost</source>
        <translation>Was verloren ging</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the report to the clipboard.</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>„%1“ wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n neuer Akteur</numerusform>
            <numerusform>%n neue Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n neues Thema</numerusform>
            <numerusform>%n neue Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MainWindow</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Schreibgeschütztes Projekt</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Open or create a project that can be changed, then drop the articles on it.</source>
        <translation>Öffnen oder erstellen Sie ein änderbares Projekt und ziehen Sie die Artikel dann darauf.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>About Demarche</source>
        <translation>Über Demarche</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Positions of actors in diplomacy and negotiations, side by side.&lt;/p&gt;&lt;p&gt;Highlight the claims in articles, read-outs and transcripts, tag each by actor and topic, compare the actors&apos; stances and export them to CSV.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cues: %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Die Positionen von Akteuren in Diplomatie und Verhandlungen, nebeneinander.&lt;/p&gt;&lt;p&gt;Markieren Sie die Aussagen in Artikeln, Gesprächsprotokollen und Mitschriften, codieren Sie jede nach Akteur und Thema, vergleichen Sie die Haltungen der Akteure und exportieren Sie sie als CSV.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Signalwörter: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>its file or folder cannot be written</source>
        <translation>seine Datei oder sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>This project is open read-only: %1. Save a copy to make changes.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: %1. Speichern Sie eine Kopie, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1</source>
        <translation>
            <numerusform>%n Aussage nach %1 exportiert</numerusform>
            <numerusform>%n Aussagen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>„%1“ und seine %n Aussage aus dem Projekt entfernen? Bearbeiten ▸ Rückgängig stellt sie wieder her.</numerusform>
            <numerusform>„%1“ und seine %n Aussagen aus dem Projekt entfernen? Bearbeiten ▸ Rückgängig stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — Demarche</source>
        <translation>%1 — Demarche</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was exported to %1</source>
        <translation>Das Projekt wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>A menu in File: Documents…, REFI-QDA Project…</extracomment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>A menu in File: Claims to CSV…, REFI-QDA Project…</extracomment>
        <translation>E&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixClaimList</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The column of the claims&apos; positions: numbers on the topic&apos;s scale</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Choose a cell to list its claims.</source>
        <translation>Wählen Sie eine Zelle, um ihre Aussagen aufzulisten.</translation>
    </message>
    <message>
        <source>No claims: %1.</source>
        <translation>Keine Aussagen: %1.</translation>
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
        <translation>Mittlere Position der Aussagen der Zelle, nach Salienz gewichtet: Magenta in Richtung −100, Grün in Richtung +100; schraffiert, wo keine Aussage eine Position nennt</translation>
    </message>
    <message>
        <source>Number of claims in the cell; the darkest has %1</source>
        <translation>Anzahl der Aussagen in der Zelle; die dunkelste hat %1</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>keine Position</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixView</name>
    <message>
        <source>Number of claims</source>
        <translation>Anzahl der Aussagen</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Mittlere Position</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Mitglieder einrechnen</translation>
    </message>
    <message>
        <source>Count a member&apos;s claims in its parent&apos;s row as well: a minister&apos;s claims also count for his state</source>
        <translation>Die Aussagen eines Mitglieds auch in der Zeile des übergeordneten Akteurs zählen: Die Aussagen eines Ministers zählen auch für seinen Staat</translation>
    </message>
    <message>
        <source>&amp;Compare selected actors</source>
        <translation>Ausgewählte Akteure &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two actors by clicking their names (Ctrl+click the second), then compare their positions topic by topic</source>
        <translation>Wählen Sie zwei Akteure durch Klick auf ihre Namen aus (den zweiten mit Strg+Klick) und vergleichen Sie dann ihre Positionen Thema für Thema</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation>&amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart the current cell&apos;s actor on its topic by publication date</source>
        <translation>Den Akteur der aktuellen Zelle zu ihrem Thema nach Veröffentlichungsdatum darstellen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every cell of the matrix to a CSV file</source>
        <translation>Jede Zelle der Matrix in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>%1 matrix.csv</source>
        <comment>file name</comment>
        <translation>%1 Matrix.csv</translation>
    </message>
    <message>
        <source>Export Matrix to CSV</source>
        <translation>Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>So legen Sie Akteure und Themen an</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook, and tag their claims: each cell counts what an actor says on a topic.</source>
        <translation>Noch keine Akteure. Legen Sie die Akteure, die Sie verfolgen, im Codebuch an und codieren Sie ihre Aussagen: Jede Zelle zählt, was ein Akteur zu einem Thema sagt.</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to give the matrix its columns.</source>
        <translation>Noch keine Themen. Legen Sie Themen im Codebuch an, um der Matrix ihre Spalten zu geben.</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; it is counted here at once.</source>
        <translation>Noch keine Aussagen. Wählen Sie eine Passage in einem Artikel aus und drücken Sie T, um sie zu codieren; sie wird hier sofort gezählt.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>So codieren Sie eine Aussage</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>The matrix could not be exported to %1.</source>
        <translation>Die Matrix konnte nicht nach %1 exportiert werden.</translation>
    </message>
</context>
<context>
    <name>demarche::MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>„%1“ &amp;zusammenführen mit:</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Es gibt keinen anderen Eintrag zum Zusammenführen.</translation>
    </message>
    <message>
        <source>No claim uses “%1”; it is deleted.</source>
        <translation>Keine Aussage verwendet „%1“; der Eintrag wird gelöscht.</translation>
    </message>
    <message>
        <source>The one claim of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>Die einzige Aussage von „%1“ wird zu „%2“ verschoben; „%1“ wird dann gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>
            <numerusform>Die %n Aussage von „%1“ wird zu „%2“ verschoben; „%1“ wird dann gelöscht.</numerusform>
            <numerusform>Alle %n Aussagen von „%1“ werden zu „%2“ verschoben; „%1“ wird dann gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its sub-entries move under “%1”.</source>
        <translation>Seine Untereinträge werden unter „%1“ verschoben.</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkTopicFilter</name>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>Noch keine Themen</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Count only claims on the topics ticked here, each with its sub-topics</source>
        <translation>Nur Aussagen zu den hier angehakten Themen zählen, jeweils mit ihren Unterthemen</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkView</name>
    <message>
        <source>Congruence links actors who take similar positions on the same topics, conflict those who take opposite ones; affiliation links actors to the topics they speak on</source>
        <translation>Kongruenz verbindet Akteure, die zu denselben Themen ähnliche Positionen einnehmen, Konflikt solche mit entgegengesetzten; Zugehörigkeit verbindet Akteure mit den Themen, zu denen sie sich äußern</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Netz&amp;werk:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>&amp;Mitglieder einrechnen</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Die Aussagen der Mitglieder eines Akteurs (ein Minister für seinen Staat) als seine eigenen zählen</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Neu anordnen</translation>
    </message>
    <message>
        <source>Forget where nodes were dragged and arrange the network afresh</source>
        <translation>Vergessen, wohin Knoten gezogen wurden, und das Netzwerk neu anordnen</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network; Ctrl+wheel zooms</source>
        <translation>Das ganze Netzwerk zeigen; Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save the drawing as an image, or the network for Gephi or visone</source>
        <translation>Die Zeichnung als Bild speichern oder das Netzwerk für Gephi oder visone</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>GraphML for Gephi or visone…</source>
        <translation>GraphML für Gephi oder visone…</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Netzwerkzeichnung</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see who agrees with whom.</source>
        <translation>Noch keine Akteure. Legen Sie die Akteure, die Sie verfolgen, im Codebuch an und codieren Sie ihre Aussagen, um zu sehen, wer mit wem übereinstimmt.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>So legen Sie Akteure und Themen an</translation>
    </message>
    <message>
        <source>The network cannot be counted: %1</source>
        <translation>Das Netzwerk kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; the actors who made claims appear here.</source>
        <translation>Noch keine Aussagen. Wählen Sie eine Passage in einem Artikel aus und drücken Sie T, um sie zu codieren; die Akteure, die Aussagen gemacht haben, erscheinen hier.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>So codieren Sie eine Aussage</translation>
    </message>
    <message>
        <source>No claims on the chosen topics in the chosen documents and stances.</source>
        <translation>Keine Aussagen zu den gewählten Themen in den gewählten Dokumenten und Haltungen.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>Über das Netzwerk</translation>
    </message>
    <message>
        <source>No edges: no two actors have taken a position on the same topic yet. An edge needs claims with a position by both actors on a topic.</source>
        <translation>Keine Kanten: Noch haben keine zwei Akteure zum selben Thema eine Position eingenommen. Eine Kante erfordert Aussagen mit Position beider Akteure zu einem Thema.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a node to move it; it stays where you put it.</source>
        <translation>Ziehen Sie einen Knoten, um ihn zu verschieben; er bleibt, wo Sie ihn ablegen.</translation>
    </message>
    <message>
        <source>%1 network of %2</source>
        <comment>kind, project</comment>
        <translation>Netzwerk „%1“ von %2</translation>
    </message>
    <message>
        <source>Export Network as PNG</source>
        <translation>Netzwerk als PNG exportieren</translation>
    </message>
    <message>
        <source>%1 %2 network.png</source>
        <comment>file name: project, kind</comment>
        <translation>%1 Netzwerk %2.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Network as SVG</source>
        <translation>Netzwerk als SVG exportieren</translation>
    </message>
    <message>
        <source>%1 %2 network.svg</source>
        <comment>file name: project, kind</comment>
        <translation>%1 Netzwerk %2.svg</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>SVG-Zeichnungen (*.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Network as GraphML</source>
        <translation>Netzwerk als GraphML exportieren</translation>
    </message>
    <message>
        <source>%1 %2 network.graphml</source>
        <comment>file name: project, kind</comment>
        <translation>%1 Netzwerk %2.graphml</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml);;All files (*)</source>
        <translation>GraphML-Dateien (*.graphml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Netzwerk exportieren</translation>
    </message>
    <message>
        <source>The network could not be exported to %1.</source>
        <translation>Das Netzwerk konnte nicht nach %1 exportiert werden.</translation>
    </message>
</context>
<context>
    <name>demarche::PositionEditor</name>
    <message>
        <source>Set</source>
        <extracomment>A check box: the claim has a position on the topic&apos;s scale</extracomment>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Shown instead of the number when the claim has no position on the scale</extracomment>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Position set</source>
        <translation>Position festgelegt</translation>
    </message>
    <message>
        <source>Clear to leave the claim without a position on the scale</source>
        <translation>Deaktivieren, um die Aussage ohne Position auf der Skala zu lassen</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The number from -100 to +100 on a topic&apos;s scale, not a place</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position value</source>
        <translation>Positionswert</translation>
    </message>
    <message>
        <source>The topic does not say what -100 and +100 mean; set its poles in the codebook</source>
        <translation>Für das Thema ist nicht festgelegt, was -100 und +100 bedeuten; legen Sie seine Pole im Codebuch fest</translation>
    </message>
    <message>
        <source>The holder&apos;s position on the topic&apos;s scale, from -100 to 100</source>
        <translation>Die Position des Urhebers auf der Skala des Themas, von -100 bis 100</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>demarche::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>demarche::Project</name>
    <message>
        <source>%1 is open read-only; changes cannot be saved</source>
        <translation>%1 ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>kein Dokument mit der ID %1 im Projekt</translation>
    </message>
</context>
<context>
    <name>demarche::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagController</name>
    <message>
        <source>The project is open read-only; claims cannot be added.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; es können keine Aussagen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Select the words of a claim first, then tag them.</source>
        <translation>Wählen Sie zuerst die Wörter einer Aussage aus und codieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Claim added: %1 on %2</source>
        <translation>Aussage hinzugefügt: %1 zu %2</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagDelegate</name>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>suggested: “%1”</source>
        <translation>vorgeschlagen: „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagModel</name>
    <message>
        <source>Suggested: the selection says “%1”</source>
        <translation>Vorgeschlagen: Die Auswahl enthält „%1“</translation>
    </message>
    <message>
        <source>Suggested: the sentence around the selection says “%1”</source>
        <translation>Vorgeschlagen: Der Satz um die Auswahl enthält „%1“</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, vorgeschlagen</translation>
    </message>
    <message>
        <source>%1, suggested by the sentence</source>
        <translation>%1, vom Satz vorgeschlagen</translation>
    </message>
    <message>
        <source>%1, suggested for “%2”</source>
        <translation>%1, vorgeschlagen für „%2“</translation>
    </message>
    <message>
        <source>%1, suggested for “%2” in the sentence</source>
        <translation>%1, vorgeschlagen für „%2“ im Satz</translation>
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
        <translation>Schnellcodierung</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Akteur „%1“ anlegen</translation>
    </message>
    <message>
        <source>Create topic “%1”</source>
        <translation>Thema „%1“ anlegen</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>The stage of the quick-tag popup: choosing who holds the claim.</extracomment>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Filter actors, or press 1–9</source>
        <translation>Akteure filtern oder 1–9 drücken</translation>
    </message>
    <message>
        <source>Filter topics, or press 1–9</source>
        <translation>Themen filtern oder 1–9 drücken</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Akteure filtern</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Esc to cancel</source>
        <translation>1–9 oder Eingabe zum Wählen · Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Backspace to go back</source>
        <translation>1–9 oder Eingabe zum Wählen · Rücktaste zum Zurückgehen</translation>
    </message>
    <message>
        <source>No actors yet. Add an actor in the Codebook first, or type a name to create one.</source>
        <translation>Noch keine Akteure. Legen Sie zuerst einen Akteur im Codebuch an oder geben Sie einen Namen ein, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>No topics yet. Add a topic in the Codebook first, or type a name to create one.</source>
        <translation>Noch keine Themen. Legen Sie zuerst ein Thema im Codebuch an oder geben Sie einen Namen ein, um es anzulegen.</translation>
    </message>
</context>
<context>
    <name>demarche::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>demarche::ScopeFilter</name>
    <message>
        <source>Count only claims of these stances</source>
        <translation>Nur Aussagen dieser Haltungen zählen</translation>
    </message>
    <message>
        <source>Count only claims in the documents ticked here</source>
        <translation>Nur Aussagen in den hier angehakten Dokumenten zählen</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Chosen documents</source>
        <translation>Ausgewählte Dokumente</translation>
    </message>
    <message>
        <source>Which documents&apos; claims count</source>
        <translation>Welche Dokumente mit ihren Aussagen zählen</translation>
    </message>
    <message>
        <source>Published on or after; undated documents are left out</source>
        <translation>Erschienen am oder nach diesem Datum; undatierte Dokumente entfallen</translation>
    </message>
    <message>
        <source>Published on or before; undated documents are left out</source>
        <translation>Erschienen am oder vor diesem Datum; undatierte Dokumente entfallen</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Alle Haltungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message>
        <source>Stances: %1</source>
        <translation>Haltungen: %1</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Dokumente wählen…</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu or place</source>
        <translation>Menü oder Ort</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineChart</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Mittlere Position</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>The axis of the number of claims per period</extracomment>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <comment>ISO week number, its year, first and last day</comment>
        <translation>KW %1/%2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1: mean position</source>
        <translation>%1: mittlere Position</translation>
    </message>
    <message>
        <source>%1: claims</source>
        <translation>%1: Aussagen</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineView</name>
    <message>
        <source>The actor whose positions are plotted</source>
        <translation>Der Akteur, dessen Positionen dargestellt werden</translation>
    </message>
    <message>
        <source>The topic the positions are on</source>
        <translation>Das Thema, zu dem die Positionen gehören</translation>
    </message>
    <message>
        <source>Include &amp;members</source>
        <translation>&amp;Mitglieder einbeziehen</translation>
    </message>
    <message>
        <source>Count the claims of the actor&apos;s members (a minister for his state) as the actor&apos;s own</source>
        <translation>Die Aussagen der Mitglieder des Akteurs (ein Minister für seinen Staat) als eigene Aussagen des Akteurs zählen</translation>
    </message>
    <message>
        <source>Include &amp;sub-topics</source>
        <translation>&amp;Unterthemen einbeziehen</translation>
    </message>
    <message>
        <source>Count claims on the topics under the chosen one</source>
        <translation>Aussagen zu den Themen unter dem gewählten mitzählen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>A second actor, drawn dashed on the same chart</source>
        <translation>Ein zweiter Akteur, gestrichelt im selben Diagramm dargestellt</translation>
    </message>
    <message>
        <source>Group the claims by publication date, by week (ISO weeks, Monday to Sunday), month, quarter or year</source>
        <translation>Die Aussagen gruppieren: nach Veröffentlichungsdatum, Woche (ISO-Wochen, Montag bis Sonntag), Monat, Quartal oder Jahr</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeiteinheit:</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see their positions over time.</source>
        <translation>Noch keine Akteure. Legen Sie die Akteure, die Sie verfolgen, im Codebuch an und codieren Sie ihre Aussagen, um ihre Positionen im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>So legen Sie Akteure und Themen an</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to follow positions on them over time.</source>
        <translation>Noch keine Themen. Legen Sie Themen im Codebuch an, um die Positionen dazu im Zeitverlauf zu verfolgen.</translation>
    </message>
    <message>
        <source>Choose an actor and a topic.</source>
        <translation>Wählen Sie einen Akteur und ein Thema.</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>Die Aussagen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not plotted: %n claim(s) in articles without a publication date.</source>
        <translation>
            <numerusform>Nicht dargestellt: %n Aussage in Artikeln ohne Veröffentlichungsdatum.</numerusform>
            <numerusform>Nicht dargestellt: %n Aussagen in Artikeln ohne Veröffentlichungsdatum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims by %1 on %2 yet.</source>
        <translation>Noch keine Aussagen von %1 zu %2.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>So codieren Sie eine Aussage</translation>
    </message>
    <message>
        <source>How to date an article</source>
        <translation>So datieren Sie einen Artikel</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <comment>two actors on a topic</comment>
        <translation>%1 und %2 zu %3</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no claims</source>
        <comment>actor</comment>
        <translation>%1: keine Aussagen</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean position %2 from %n claim(s)</source>
        <translation>
            <numerusform>%1: mittlere Position %2 aus %n Aussage</numerusform>
            <numerusform>%1: mittlere Position %2 aus %n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s), none with a position</source>
        <translation>
            <numerusform>%1: %n Aussage, ohne Position</numerusform>
            <numerusform>%1: %n Aussagen, keine mit Position</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated claims by %1 on %2 yet. Claims count once their article has a publication date (Edit ▸ Document Properties…).</source>
        <translation>Noch keine datierten Aussagen von %1 zu %2. Aussagen zählen erst, wenn ihr Artikel ein Veröffentlichungsdatum hat (Bearbeiten ▸ Dokumenteigenschaften…).</translation>
    </message>
    <message numerus="yes">
        <source>%n publication date(s)</source>
        <translation>
            <numerusform>%n Veröffentlichungsdatum</numerusform>
            <numerusform>%n Veröffentlichungsdaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::TopicScaleDialog</name>
    <message>
        <source>Scale of “%1”</source>
        <translation>Skala von „%1“</translation>
    </message>
    <message>
        <source>e.g. full Ukrainian sovereignty over all its territory</source>
        <translation>z. B. volle ukrainische Souveränität über das gesamte Staatsgebiet</translation>
    </message>
    <message>
        <source>e.g. Russian control of the annexed regions</source>
        <translation>z. B. russische Kontrolle über die annektierten Gebiete</translation>
    </message>
    <message>
        <source>Optional: how to score, what counts as 0</source>
        <translation>Optional: wie zu bewerten ist, was als 0 gilt</translation>
    </message>
    <message>
        <source>+100 m&amp;eans:</source>
        <translation>+100 b&amp;edeutet:</translation>
    </message>
    <message>
        <source>&amp;How to score:</source>
        <translation>&amp;Hinweise zur Bewertung:</translation>
    </message>
    <message>
        <source>What a position of −100 and of +100 means on “%1”. Positions in between are read against these two ends.</source>
        <translation>Was eine Position von −100 und von +100 bei „%1“ bedeutet. Positionen dazwischen werden an diesen beiden Enden gemessen.</translation>
    </message>
    <message>
        <source>−100 &amp;means:</source>
        <translation>−100 &amp;bedeutet:</translation>
    </message>
</context>
<context>
    <name>demarche::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <extracomment>Go back to the section read before.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Demarche User Guide</source>
        <translation>Demarche-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Inhalt des Handbuchs</translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation>Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>demarche::ViewTabs</name>
    <message>
        <source>Workbench</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Read the articles and tag the claims (Ctrl+1)</source>
        <translation>Artikel lesen und Aussagen codieren (Strg+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Two actors&apos; positions side by side, topic by topic (Ctrl+2)</source>
        <translation>Die Positionen zweier Akteure nebeneinander, Thema für Thema (Strg+2)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Every actor against every topic (Ctrl+3)</source>
        <translation>Jeder Akteur gegen jedes Thema (Strg+3)</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>One or two actors&apos; positions on a topic over time, by period (Ctrl+4)</source>
        <translation>Die Positionen eines oder zweier Akteure zu einem Thema im Zeitverlauf, nach Zeiteinheit (Strg+4)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Arbeitsfläche</translation>
    </message>
    <message>
        <source>&amp;Compare Actors</source>
        <translation>Akteure &amp;vergleichen</translation>
    </message>
    <message>
        <source>Actor × Topic &amp;Matrix</source>
        <translation>&amp;Matrix Akteure × Themen</translation>
    </message>
    <message>
        <source>Position &amp;Over Time</source>
        <translation>Position im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Who agrees with whom: actors linked by their positions on shared topics (Ctrl+5)</source>
        <translation>Wer mit wem übereinstimmt: Akteure, verbunden durch ihre Positionen zu gemeinsamen Themen (Strg+5)</translation>
    </message>
    <message>
        <source>Actor &amp;Network</source>
        <translation>Akteurs&amp;netzwerk</translation>
    </message>
</context>
<context>
    <name>demarche::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>Highlight what actors claim in articles, tag it by actor and topic, and see their positions side by side.</source>
        <translation>Markieren Sie, was Akteure in Artikeln äußern, codieren Sie es nach Akteur und Thema und sehen Sie ihre Positionen nebeneinander.</translation>
    </message>
    <message>
        <source>Start an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Open a .demarche project file</source>
        <translation>Eine .demarche-Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Three short articles with actors, topics and claims, to try every view</source>
        <translation>Drei kurze Artikel mit Akteuren, Themen und Aussagen, um jede Ansicht auszuprobieren</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>New to Demarche? Read the user guide</source>
        <translation>Neu bei Demarche? Lesen Sie das Benutzerhandbuch</translation>
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
        <translation>Aussagen von Akteuren markieren, codieren und ihre Positionen vergleichen.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Das zu öffnende Projekt.</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>Das Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <source>Palette: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
</context>
</TS>
