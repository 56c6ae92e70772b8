<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
            <numerusform>%1 sur %2&#xa0;: %n déclaration — %3</numerusform>
            <numerusform>%1 sur %2&#xa0;: %n déclarations — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean position %1 (%n with a position)</source>
        <translation>
            <numerusform>position moyenne %1 (%n avec une position)</numerusform>
            <numerusform>position moyenne %1 (%n avec une position)</numerusform>
        </translation>
    </message>
    <message>
        <source>no claim gives a position</source>
        <translation>aucune déclaration ne donne de position</translation>
    </message>
    <message numerus="yes">
        <source>%n of them by members</source>
        <translation>
            <numerusform>dont %n d&apos;un membre</numerusform>
            <numerusform>dont %n de membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>stance and its count in a matrix cell&apos;s tooltip</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>%1 (acteur)</translation>
    </message>
    <message>
        <source>%1 (topic)</source>
        <translation>%1 (thème)</translation>
    </message>
</context>
<context>
    <name>ClaimsExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1&#xa0;: l&apos;exportation a été annulée</translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1&#xa0;: ligne %2, colonne &apos;%3&apos;&#xa0;: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 est hors de l&apos;intervalle %2 … %3</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project (use --create-missing to create it)</source>
        <translation>aucun acteur nommé «&#xa0;%1&#xa0;» dans le projet (utilisez --create-missing pour le créer)</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project (use --create-missing to create it)</source>
        <translation>aucun thème nommé «&#xa0;%1&#xa0;» dans le projet (utilisez --create-missing pour le créer)</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>aucun document d&apos;identifiant %1 dans le projet</translation>
    </message>
    <message>
        <source>does not match the document text at %1–%2, which reads “%3”</source>
        <translation>ne correspond pas au texte du document en %1–%2, qui contient «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>is empty; every claim needs an actor</source>
        <translation>est vide&#xa0;; chaque déclaration doit avoir un acteur</translation>
    </message>
    <message>
        <source>is empty; every claim needs a topic</source>
        <translation>est vide&#xa0;; chaque déclaration doit avoir un thème</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos;; expected one of %2</source>
        <translation>posture inconnue &apos;%1&apos;&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown attribution &apos;%1&apos;; expected one of %2</source>
        <translation>attribution inconnue &apos;%1&apos;&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: is empty; expected a header row and claims</source>
        <translation>%1&#xa0;: est vide&#xa0;; une ligne d&apos;en-tête et des déclarations sont attendues</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing</source>
        <translation>%1&#xa0;: la colonne &apos;%2&apos; est absente</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1&#xa0;: ligne %2</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation>%1&#xa0;: la colonne &apos;%2&apos; apparaît deux fois (colonnes %3 et %4)</translation>
    </message>
    <message>
        <source>%1: row %2 has a value in field %3, but the header names only %4 columns</source>
        <translation>%1&#xa0;: la ligne %2 a une valeur dans le champ %3, mais l&apos;en-tête ne nomme que %4 colonnes</translation>
    </message>
    <message>
        <source>%1: is a disk device, not a file</source>
        <translation>%1&#xa0;: est un périphérique de disque, pas un fichier</translation>
    </message>
    <message>
        <source>%1: is a socket; give a file or a pipe</source>
        <translation>%1&#xa0;: est un socket&#xa0;; indiquez un fichier ou un tube</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>le nom de fichier est vide</translation>
    </message>
    <message>
        <source>%1: is the open project itself</source>
        <translation>%1&#xa0;: est le projet ouvert lui-même</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1&#xa0;: dépasse la limite de %2 Mo</translation>
    </message>
    <message>
        <source>%1: nothing arrived for %2 seconds; is a program writing to it?</source>
        <translation>%1&#xa0;: rien n&apos;est arrivé depuis %2 secondes&#xa0;; un programme y écrit-il&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--stance: &apos;%1&apos; is not one of %2</source>
        <translation>--stance&#xa0;: &apos;%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--attribution: &apos;%1&apos; is not one of %2</source>
        <translation>--attribution&#xa0;: &apos;%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--position: %1 is outside -100 … 100</source>
        <translation>--position&#xa0;: %1 est hors de l&apos;intervalle -100 … 100</translation>
    </message>
    <message>
        <source>--salience: %1 is outside 1 … 5</source>
        <translation>--salience&#xa0;: %1 est hors de l&apos;intervalle 1 … 5</translation>
    </message>
    <message>
        <source>--occurrence: counts from 1</source>
        <translation>--occurrence&#xa0;: compte à partir de 1</translation>
    </message>
    <message>
        <source>--quote: “%1” is not in document %2</source>
        <translation>--quote&#xa0;: «&#xa0;%1&#xa0;» ne figure pas dans le document %2</translation>
    </message>
    <message>
        <source>--quote: “%1” does not occur %3 times in document %2</source>
        <translation>--quote&#xa0;: «&#xa0;%1&#xa0;» n&apos;apparaît pas %3 fois dans le document %2</translation>
    </message>
    <message>
        <source>claim add: --%1 is required</source>
        <translation>claim add&#xa0;: --%1 est obligatoire</translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id</source>
        <translation>--doc&#xa0;: &apos;%1&apos; n&apos;est pas un identifiant de document</translation>
    </message>
    <message>
        <source>Marks a claim; prints its id.</source>
        <translation>Marque une déclaration&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation>L&apos;identifiant du document.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The text of the claim, as it stands.</source>
        <translation>Le texte de la déclaration, tel quel.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (from 1).</source>
        <translation>Quelle occurrence de la citation (à partir de 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start offset in code points.</source>
        <translation>Position de début, en points de code.</translation>
    </message>
    <message>
        <source>End offset in code points (exclusive).</source>
        <translation>Position de fin, en points de code (exclue).</translation>
    </message>
    <message>
        <source>Who holds the position.</source>
        <translation>Qui défend la position.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>Ce dont il est question.</translation>
    </message>
    <message>
        <source>Whom it addresses.</source>
        <translation>À qui elle s&apos;adresse.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>-100 … 100 on the topic&apos;s scale.</source>
        <translation>-100 … 100 sur l&apos;échelle du thème.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>1 … 5 (default 3).</source>
        <translation>1 … 5 (3 par défaut).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>La note de l&apos;analyste.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Commencer par une marque d&apos;ordre des octets, pour Excel.</translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @ with an apostrophe.</source>
        <translation>Ne pas préfixer d&apos;une apostrophe les cellules commençant par = + - @.</translation>
    </message>
    <message>
        <source>Only this actor&apos;s claims (repeatable).</source>
        <translation>Seulement les déclarations de cet acteur (répétable).</translation>
    </message>
    <message>
        <source>Only claims on this topic (repeatable).</source>
        <translation>Seulement les déclarations sur ce thème (répétable).</translation>
    </message>
    <message>
        <source>Only claims in this document (repeatable).</source>
        <translation>Seulement les déclarations de ce document (répétable).</translation>
    </message>
    <message>
        <source>Reads claims back from a CSV in the export format; all rows or none.</source>
        <translation>Relit des déclarations depuis un CSV au format d&apos;exportation&#xa0;; toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Create actors and topics the project does not have.</source>
        <translation>Créer les acteurs et les thèmes absents du projet.</translation>
    </message>
    <message>
        <source>Demarche %1: mark what actors say in articles, compare their positions, export them to CSV.

Usage:
</source>
        <translation>Demarche %1&#xa0;: repérez ce que disent les acteurs dans les articles, comparez leurs positions, exportez-les en CSV.

Utilisation&#xa0;:
</translation>
    </message>
    <message>
        <source>Usage: %1
%2
</source>
        <translation>Utilisation&#xa0;: %1
%2
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown sub-command in “%1”</source>
        <translation>sous-commande inconnue dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation>Décrit cette commande.</translation>
    </message>
    <message>
        <source>%1: missing arguments; usage: %2</source>
        <translation>%1&#xa0;: arguments manquants&#xa0;; utilisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»&#xa0;; utilisation&#xa0;: %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1&#xa0;: &apos;%2&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>--color: &apos;%1&apos; is not a colour like #1f77b4</source>
        <translation>--color&#xa0;: &apos;%1&apos; n&apos;est pas une couleur comme #1f77b4</translation>
    </message>
    <message>
        <source>no actor named “%1” in the project</source>
        <translation>aucun acteur nommé «&#xa0;%1&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>no topic named “%1” in the project</source>
        <translation>aucun thème nommé «&#xa0;%1&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind&#xa0;: &apos;%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Highlight colour.</source>
        <translation>Couleur de surlignage.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>The parent it rolls up to.</source>
        <translation>Le parent auquel il est agrégé.</translation>
    </message>
    <message>
        <source>Adds an actor; prints its id.</source>
        <translation>Ajoute un acteur&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>state, organisation, person or faction.</source>
        <translation>state, organisation, person ou faction.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Adds a topic; prints its id.</source>
        <translation>Ajoute un thème&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.
</source>
        <translation>Aucun des deux acteurs n&apos;a de déclaration sur ces thèmes.
</translation>
    </message>
    <message>
        <source>compare: give exactly two --actor options</source>
        <translation>compare&#xa0;: indiquez exactement deux options --actor</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, json</source>
        <translation>--format&#xa0;: &apos;%1&apos; ne fait pas partie de table, json</translation>
    </message>
    <message>
        <source>Compares two actors&apos; positions topic by topic.</source>
        <translation>Compare les positions de deux acteurs, thème par thème.</translation>
    </message>
    <message>
        <source>One of the two actors (give it twice).</source>
        <translation>L&apos;un des deux acteurs (à indiquer deux fois).</translation>
    </message>
    <message>
        <source>Only this topic (repeatable).</source>
        <translation>Seulement ce thème (répétable).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Count only the actors&apos; own claims, not those of their members.</source>
        <translation>Ne compter que les déclarations propres aux acteurs, pas celles de leurs membres.</translation>
    </message>
    <message>
        <source>Also write the comparison to this CSV file.</source>
        <translation>Écrire aussi la comparaison dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark, for Excel.</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets, pour Excel.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list: &apos;%1&apos; is not one of documents, actors, topics, claims</source>
        <translation>list&#xa0;: &apos;%1&apos; ne fait pas partie de documents, actors, topics, claims</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, csv, json</source>
        <translation>--format&#xa0;: &apos;%1&apos; ne fait pas partie de table, csv, json</translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date like 2024-03-31</source>
        <translation>--date&#xa0;: &apos;%1&apos; n&apos;est pas une date comme 2024-03-31</translation>
    </message>
    <message>
        <source>--title: give one file when naming its title</source>
        <translation>--title&#xa0;: indiquez un seul fichier pour en donner le titre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de document</translation>
    </message>
    <message>
        <source>Creates a project file with the default topics (Ukraine, Syria, Iran).</source>
        <translation>Crée un fichier de projet avec les thèmes par défaut (Ukraine, Syrie, Iran).</translation>
    </message>
    <message>
        <source>The document&apos;s title.</source>
        <translation>Le titre du document.</translation>
    </message>
    <message>
        <source>Where it was published.</source>
        <translation>Où il a été publié.</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Son adresse.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Publication date.</source>
        <translation>Date de publication.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Import text that is already in the project.</source>
        <translation>Importer un texte déjà présent dans le projet.</translation>
    </message>
    <message>
        <source>Writes a document&apos;s canonical text, byte for byte, to standard output.</source>
        <translation>Écrit le texte canonique d&apos;un document, octet pour octet, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Lists what the project holds.</source>
        <translation>Liste le contenu du projet.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>report: give exactly two --actor options</source>
        <translation>report&#xa0;: indiquez exactement deux options --actor</translation>
    </message>
    <message>
        <source>report: give --pdf OUT or --html OUT (or both)</source>
        <translation>report&#xa0;: indiquez --pdf OUT ou --html OUT (ou les deux)</translation>
    </message>
    <message>
        <source>matrix: give --csv OUT</source>
        <translation>matrix&#xa0;: indiquez --csv OUT</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Écrire le rapport en PDF A4.</translation>
    </message>
    <message>
        <source>Write the report as one HTML file.</source>
        <translation>Écrire le rapport dans un seul fichier HTML.</translation>
    </message>
    <message>
        <source>Write the matrix to this CSV file.</source>
        <translation>Écrire la matrice dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Writes a printable report comparing two actors, with the quotes as evidence.</source>
        <translation>Écrit un rapport imprimable comparant deux acteurs, avec les citations pour preuves.</translation>
    </message>
    <message>
        <source>Writes the actor × topic matrix (claims, stances, mean positions) to CSV.</source>
        <translation>Écrit la matrice acteurs × thèmes (déclarations, postures, positions moyennes) en CSV.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date like 2024-03-31</source>
        <translation>--%1&#xa0;: &apos;%2&apos; n&apos;est pas une date comme 2024-03-31</translation>
    </message>
    <message>
        <source>Only documents published on or after this date; undated documents are then left out.</source>
        <translation>Seulement les documents publiés à cette date ou après&#xa0;; les documents sans date sont alors exclus.</translation>
    </message>
    <message>
        <source>Only documents published on or before this date; undated documents are then left out.</source>
        <translation>Seulement les documents publiés à cette date ou avant&#xa0;; les documents sans date sont alors exclus.</translation>
    </message>
    <message>
        <source>Only claims of this stance (repeatable): %1.</source>
        <translation>Seulement les déclarations de cette posture (répétable)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported</source>
        <translation>
            <numerusform>%n déclaration importée</numerusform>
            <numerusform>%n déclarations importées</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a claim id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de déclaration</translation>
    </message>
    <message>
        <source>claim edit: a claim stays in its document</source>
        <translation>claim edit&#xa0;: une déclaration reste dans son document</translation>
    </message>
    <message>
        <source>Changes the given fields of a claim, or moves it within its document.</source>
        <translation>Modifie les champs indiqués d&apos;une déclaration, ou la déplace dans son document.</translation>
    </message>
    <message>
        <source>Removes claims: all of them, or none when one is missing.</source>
        <translation>Supprime des déclarations&#xa0;: toutes, ou aucune s&apos;il en manque une.</translation>
    </message>
    <message>
        <source>%1: give either --quote or both --start and --end</source>
        <translation>%1&#xa0;: indiquez soit --quote, soit --start et --end</translation>
    </message>
    <message>
        <source>%1: --start and --end go together</source>
        <translation>%1&#xa0;: --start et --end vont ensemble</translation>
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

«&#xa0;demarche-cli COMMAND --help&#xa0;» décrit les options d&apos;une commande.
Les positions (--start, --end et les colonnes start/end) comptent des points de code Unicode.
Les noms d&apos;acteurs et de thèmes sont comparés sans tenir compte de la casse ni de la façon
dont un accent est codé.
Un fichier ou un nom commençant par - se place après --, qui termine les options (demarche-cli import p.demarche -- -notes.txt).
Une sortie nommée - désigne la sortie standard&#xa0;; les tubes et périphériques sont écrits directement, les fichiers ordinaires remplacés seulement une fois complets.

Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 entrée ou données incorrectes, 3 projet impossible à ouvrir.
</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”; a file or name that begins with - goes after --</source>
        <translation>%1&#xa0;: option inconnue «&#xa0;%2&#xa0;»&#xa0;; un fichier ou un nom commençant par - se place après --</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-topic(s)</source>
        <translation>
            <numerusform>%n sous-thème</numerusform>
            <numerusform>%n sous-thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>--reassign-to: “%1” is the one removed</source>
        <translation>--reassign-to&#xa0;: «&#xa0;%1&#xa0;» est celui que l&apos;on supprime</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the given fields of an actor; --alias replaces its aliases.</source>
        <translation>Modifie les champs indiqués d&apos;un acteur&#xa0;; --alias remplace ses alias.</translation>
    </message>
    <message>
        <source>Removes an actor; refused while claims or members use it, unless they are reassigned.</source>
        <translation>Supprime un acteur&#xa0;; refusé tant que des déclarations ou des membres l&apos;utilisent, sauf s&apos;ils sont réattribués.</translation>
    </message>
    <message>
        <source>Move its claims (as holder or target) and its members to this actor first.</source>
        <translation>Transférer d&apos;abord ses déclarations (comme auteur ou cible) et ses membres vers cet acteur.</translation>
    </message>
    <message>
        <source>Changes the given fields of a topic; --keyword replaces its keywords.</source>
        <translation>Modifie les champs indiqués d&apos;un thème&#xa0;; --keyword remplace ses mots-clés.</translation>
    </message>
    <message>
        <source>Removes a topic; refused while claims or sub-topics use it, unless they are reassigned.</source>
        <translation>Supprime un thème&#xa0;; refusé tant que des déclarations ou des sous-thèmes l&apos;utilisent, sauf s&apos;ils sont réattribués.</translation>
    </message>
    <message>
        <source>Move its claims and sub-topics to this topic first.</source>
        <translation>Transférer d&apos;abord ses déclarations et ses sous-thèmes vers ce thème.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Make it top-level: it rolls up to nothing.</source>
        <translation>En faire une entrée de premier niveau, agrégée à aucune autre.</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 et --%2 s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--parent and --no-parent exclude each other</source>
        <translation>--parent et --no-parent s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Another name for it (repeatable); an edit replaces them all.</source>
        <translation>Un autre nom (répétable)&#xa0;; une modification les remplace tous.</translation>
    </message>
    <message>
        <source>Remove all its aliases.</source>
        <translation>Supprimer tous ses alias.</translation>
    </message>
    <message>
        <source>A word that cues it (repeatable); an edit replaces them all.</source>
        <translation>Un mot qui le signale (répétable)&#xa0;; une modification les remplace tous.</translation>
    </message>
    <message>
        <source>Remove all its keywords.</source>
        <translation>Supprimer tous ses mots-clés.</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>sortie standard&#xa0;: écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lists where the codebook&apos;s names, aliases and keywords occur in a document (code points, end exclusive).</source>
        <translation>Liste où les noms, alias et mots-clés de la grille de codage apparaissent dans un document (points de code, fin exclue).</translation>
    </message>
    <message>
        <source>Changes the given details of a document; an empty --source, --url or --date clears it.</source>
        <translation>Modifie les informations indiquées d&apos;un document&#xa0;; un --source, --url ou --date vide les efface.</translation>
    </message>
    <message>
        <source>Removes documents and their claims: all of them, or none when one is missing.</source>
        <translation>Supprime des documents et leurs déclarations&#xa0;: tous, ou aucun s&apos;il en manque un.</translation>
    </message>
    <message>
        <source>Imports %1 articles; prints &quot;id&lt;TAB&gt;title&quot; for each new one.</source>
        <translation>Importe des articles %1&#xa0;; affiche «&#xa0;id&lt;TAB&gt;titre&#xa0;» pour chaque nouvel article.</translation>
    </message>
    <message>
        <source>What a position of -100 means on this topic.</source>
        <translation>Ce que signifie une position de -100 sur ce thème.</translation>
    </message>
    <message>
        <source>What a position of +100 means on this topic.</source>
        <translation>Ce que signifie une position de +100 sur ce thème.</translation>
    </message>
    <message>
        <source>How to score positions on this topic.</source>
        <translation>Comment noter les positions sur ce thème.</translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) created</source>
        <translation>
            <numerusform>%n acteur créé</numerusform>
            <numerusform>%n acteurs créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) created</source>
        <translation>
            <numerusform>%n thème créé</numerusform>
            <numerusform>%n thèmes créés</numerusform>
        </translation>
    </message>
    <message>
        <source>actor “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the actor: &quot;2 claims and 1 member&quot;</extracomment>
        <translation>l&apos;acteur «&#xa0;%1&#xa0;» est encore utilisé&#xa0;: %2&#xa0;; indiquez --reassign-to NAME pour les réattribuer</translation>
    </message>
    <message>
        <source>topic “%1” is still used: %2; give --reassign-to NAME to move them</source>
        <extracomment>%2 lists what still uses the topic: &quot;1 claim and 2 sub-topics&quot;</extracomment>
        <translation>le thème «&#xa0;%1&#xa0;» est encore utilisé&#xa0;: %2&#xa0;; indiquez --reassign-to NAME pour les réattribuer</translation>
    </message>
    <message>
        <source>export: give --csv OUT or --qdpx OUT (or both)</source>
        <translation>export&#xa0;: indiquez --csv OUT ou --qdpx OUT (ou les deux)</translation>
    </message>
    <message>
        <source>Exports claims to CSV (RFC 4180, UTF-8), the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo, or both; each file is replaced only when complete.</source>
        <translation>Exporte les déclarations en CSV (RFC 4180, UTF-8), le projet entier en projet REFI-QDA (.qdpx) pour QualCoder, MAXQDA, ATLAS.ti ou NVivo, ou les deux&#xa0;; chaque fichier n&apos;est remplacé qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>The REFI-QDA project to write: every document, the codebook and every claim (the filters below apply to the CSV only).</source>
        <translation>Le projet REFI-QDA à écrire&#xa0;: tous les documents, la grille de codage et toutes les déclarations (les filtres ci-dessous ne s&apos;appliquent qu&apos;au CSV).</translation>
    </message>
    <message>
        <source>network: give --kind congruence, conflict or affiliation</source>
        <translation>network&#xa0;: indiquez --kind congruence, conflict ou affiliation</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of congruence, conflict, affiliation</source>
        <translation>--kind&#xa0;: &apos;%1&apos; ne fait pas partie de congruence, conflict, affiliation</translation>
    </message>
    <message>
        <source>network: give --graphml OUT</source>
        <translation>network&#xa0;: indiquez --graphml OUT</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>congruence, conflict or affiliation. m(i,j) is the salience-weighted mean position of actor i&apos;s claims on topic j that have a position. Congruence of actors i and k is the sum, over the topics where both have a mean, of 1 - |m(i,j) - m(k,j)| / 200; conflict is the sum of |m(i,j) - m(k,j)| / 200; two actors are joined where the weight is above 0. Affiliation joins each actor to each topic it has claims on, weighted by their number, with the mean position.</source>
        <translation>congruence, conflict ou affiliation. m(i,j) est la position moyenne, pondérée par la saillance, des déclarations de l&apos;acteur i sur le thème j qui ont une position. La congruence des acteurs i et k est la somme, sur les thèmes où tous deux ont une moyenne, de 1 - |m(i,j) - m(k,j)| / 200&#xa0;; le conflit est la somme de |m(i,j) - m(k,j)| / 200&#xa0;; deux acteurs sont liés là où le poids est supérieur à 0. L&apos;affiliation lie chaque acteur à chaque thème sur lequel il a des déclarations, avec un poids égal à leur nombre et avec la position moyenne.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Write the network to this GraphML file (Gephi, visone).</source>
        <translation>Écrire le réseau dans ce fichier GraphML (Gephi, visone).</translation>
    </message>
    <message>
        <source>Only this topic and its sub-topics (repeatable).</source>
        <translation>Seulement ce thème et ses sous-thèmes (répétable).</translation>
    </message>
    <message>
        <source>Make every actor a node of its own; by default members count as their top-level actor (a minister as his state).</source>
        <translation>Faire de chaque acteur un nœud à part&#xa0;; par défaut, les membres comptent comme leur acteur de plus haut niveau (un ministre comme son État).</translation>
    </message>
    <message>
        <source>Writes who agrees with whom as a GraphML network for Gephi or visone.</source>
        <translation>Écrit qui s&apos;accorde avec qui sous forme de réseau GraphML pour Gephi ou visone.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document ajouté</numerusform>
            <numerusform>%n documents ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n nouvel acteur</numerusform>
            <numerusform>%n nouveaux acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n nouveau thème</numerusform>
            <numerusform>%n nouveaux thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>%n déclaration ajoutée</numerusform>
            <numerusform>%n déclarations ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: nothing was lost.</source>
        <translation>Rapport des pertes&#xa0;: rien n&apos;a été perdu.</translation>
    </message>
    <message numerus="yes">
        <source>Loss report: %n item(s)</source>
        <translation>
            <numerusform>Rapport des pertes&#xa0;: %n élément</numerusform>
            <numerusform>Rapport des pertes&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo) in one step, making PROJECT when it does not exist; prints what was added and the loss report.</source>
        <translation>Importe un projet REFI-QDA (QualCoder, MAXQDA, ATLAS.ti, NVivo) en une seule étape, en créant PROJECT s&apos;il n&apos;existe pas&#xa0;; affiche ce qui a été ajouté et le rapport des pertes.</translation>
    </message>
    <message>
        <source>The code whose subcodes are actors (its name, or its path as in Codes/Actors); every other code becomes a topic.</source>
        <translation>Le code dont les sous-codes sont des acteurs (son nom, ou son chemin comme Codes/Acteurs)&#xa0;; tout autre code devient un thème.</translation>
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
        <translation>l&apos;ajout d&apos;une déclaration</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>l&apos;importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>la modification d&apos;une déclaration</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>la modification des informations du document</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s); reassign them first</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n déclaration&#xa0;; réattribuez-la d&apos;abord</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n déclarations&#xa0;; réattribuez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry cannot be merged into itself</source>
        <translation>une entrée ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>Add actor “%1”</source>
        <translation>l&apos;ajout de l&apos;acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit actor “%1”</source>
        <translation>la modification de l&apos;acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation>la suppression de l&apos;acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge actor “%1” into “%2”</source>
        <translation>la fusion de l&apos;acteur «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder actors</source>
        <translation>la réorganisation des acteurs</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>l&apos;ajout du thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit topic “%1”</source>
        <translation>la modification du thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete topic “%1”</source>
        <translation>la suppression du thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>la fusion du thème «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder topics</source>
        <translation>la réorganisation des thèmes</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>le retrait du document</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>le retrait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>la suppression de %n déclaration</numerusform>
            <numerusform>la suppression de %n déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>there is no actor with id %1</source>
        <translation>il n&apos;existe aucun acteur d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself; choose two different actors</source>
        <translation>%1 ne peut pas être comparé à lui-même&#xa0;; choisissez deux acteurs différents</translation>
    </message>
    <message>
        <source>there is no topic with id %1</source>
        <translation>il n&apos;existe aucun thème d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Could not write the comparison to %1: %2</source>
        <translation>Impossible d&apos;écrire la comparaison dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the date range has an invalid date</source>
        <translation>la période contient une date non valide</translation>
    </message>
    <message>
        <source>there is no document with id %1</source>
        <translation>il n&apos;existe aucun document d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Could not write the matrix to %1: %2</source>
        <translation>Impossible d&apos;écrire la matrice dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Positions of %1 and %2</source>
        <translation>Positions de %1 et de %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>Project %1 · report of %2</source>
        <translation>Projet %1 · rapport du %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <source>from %1 to %2; undated documents left out</source>
        <translation>du %1 au %2&#xa0;; documents sans date exclus</translation>
    </message>
    <message>
        <source>from %1 on; undated documents left out</source>
        <translation>à partir du %1&#xa0;; documents sans date exclus</translation>
    </message>
    <message>
        <source>until %1; undated documents left out</source>
        <translation>jusqu&apos;au %1&#xa0;; documents sans date exclus</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>all topics</source>
        <translation>tous les thèmes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>tous les documents</translation>
    </message>
    <message>
        <source>Publication dates</source>
        <translation>Dates de publication</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Postures</translation>
    </message>
    <message>
        <source>all stances</source>
        <translation>toutes les postures</translation>
    </message>
    <message>
        <source>Members&apos; claims</source>
        <translation>Déclarations des membres</translation>
    </message>
    <message>
        <source>counted for their actor (a minister for his state)</source>
        <translation>comptées pour leur acteur (un ministre pour son État)</translation>
    </message>
    <message>
        <source>not counted; only each actor&apos;s own claims</source>
        <translation>non comptées&#xa0;; seulement les déclarations propres à chaque acteur</translation>
    </message>
    <message>
        <source>Positions by topic</source>
        <translation>Positions par thème</translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.</source>
        <translation>Aucun des deux acteurs n&apos;a de déclaration sur ces thèmes.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>mean position</source>
        <translation>position moyenne</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <source>both spoke</source>
        <translation>tous deux se sont exprimés</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>%1; distance %2</source>
        <translation>%1&#xa0;; distance %2</translation>
    </message>
    <message>
        <source>No claims on this topic.</source>
        <translation>Aucune déclaration sur ce thème.</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>déclarations&#xa0;: %1</translation>
    </message>
    <message>
        <source>mean position %1</source>
        <translation>position moyenne %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>position %1, salience %2</source>
        <translation>position %1, saillance %2</translation>
    </message>
    <message>
        <source>Scale not defined</source>
        <translation>Échelle non définie</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Échelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Mean positions are weighted by salience, on each topic&apos;s scale from −100 to 100 (its ends under its name); claims without a position count in the claims but not in the mean. Topics where neither actor spoke are left out.</source>
        <translation>Les positions moyennes sont pondérées par la saillance, sur l&apos;échelle de chaque thème, de −100 à 100 (ses extrémités figurent sous son nom)&#xa0;; les déclarations sans position sont comptées parmi les déclarations, mais pas dans la moyenne. Les thèmes sur lesquels aucun des deux acteurs ne s&apos;est exprimé sont omis.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quote from an article, in this language&apos;s quotation marks</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>p. %1</source>
        <extracomment>The page of the article a quote is on: &quot;p. 3&quot;</extracomment>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file contains NUL bytes; it is binary data or UTF-16 text, not UTF-8 CSV</source>
        <translation>le fichier contient des octets NUL&#xa0;; ce sont des données binaires ou du texte UTF-16, pas du CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier est du texte UTF-16&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opens on line %1)</source>
        <translation>champ entre guillemets non terminé (le guillemet s&apos;ouvre à la ligne %1)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>texte après le guillemet fermant du champ %1 (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé&#xa0;: &quot;&quot;)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1, byte %2 of the file); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (ligne %1, octet %2 du fichier)&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation>le fichier n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation>Impossible d&apos;écrire les données CSV&#xa0;: %1</translation>
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
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Full Ukrainian sovereignty over all its territory</source>
        <translation>Pleine souveraineté ukrainienne sur l&apos;ensemble de son territoire</translation>
    </message>
    <message>
        <source>Russian control of the annexed regions and a neutral Ukraine</source>
        <translation>Contrôle russe des régions annexées et Ukraine neutre</translation>
    </message>
    <message>
        <source>Score the settlement the speaker wants: territory, neutrality, security guarantees. 0 is a ceasefire on the current line with the rest left open.</source>
        <translation>Noter le règlement que souhaite l&apos;orateur&#xa0;: territoire, neutralité, garanties de sécurité. 0 correspond à un cessez-le-feu sur la ligne actuelle, le reste restant ouvert.</translation>
    </message>
    <message>
        <source>No dealings with Damascus before a political transition</source>
        <translation>Aucune relation avec Damas avant une transition politique</translation>
    </message>
    <message>
        <source>Full normalisation with the government in Damascus</source>
        <translation>Normalisation complète avec le gouvernement de Damas</translation>
    </message>
    <message>
        <source>Reconstruction money, sanctions relief and recognition count as dealings; humanitarian access alone does not move a position.</source>
        <translation>L&apos;argent de la reconstruction, la levée des sanctions et la reconnaissance comptent comme des relations&#xa0;; le seul accès humanitaire ne modifie pas une position.</translation>
    </message>
    <message>
        <source>Pressure alone: sanctions and isolation, no talks</source>
        <translation>Pression seule&#xa0;: sanctions et isolement, pas de négociations</translation>
    </message>
    <message>
        <source>Talks and engagement without conditions</source>
        <translation>Négociations et dialogue sans conditions</translation>
    </message>
    <message>
        <source>Conditions set before talks (inspections first, limits on enrichment) move a position towards 0.</source>
        <translation>Des conditions posées avant les négociations (inspections d&apos;abord, limites à l&apos;enrichissement) rapprochent une position de 0.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>the pasted text is empty</source>
        <translation>le texte collé est vide</translation>
    </message>
    <message>
        <source>the pasted text looks like binary data, not text</source>
        <translation>le texte collé ressemble à des données binaires, pas à du texte</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>offsets %1–%2 are not a span of the text, which has %3 characters</source>
        <translation>les positions %1–%2 ne délimitent pas un passage du texte, qui compte %3 caractères</translation>
    </message>
    <message>
        <source>offsets %1–%2 split a character in two</source>
        <translation>les positions %1–%2 coupent un caractère en deux</translation>
    </message>
</context>
<context>
    <name>Graphml</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Impossible d&apos;écrire le réseau dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list of file suffixes: %1 is &quot;.txt, .md&quot;, %2 is &quot;.html&quot;</extracomment>
        <translation>%1 et %2</translation>
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
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Project</source>
        <translation>Ouvrir le projet d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>&amp;Export Claims to CSV…</source>
        <translation>&amp;Exporter les déclarations en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>&amp;Coller comme nouveau document</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>Éti&amp;queter la sélection…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Supprimer la déclaration</translation>
    </message>
    <message>
        <source>Document Pr&amp;operties…</source>
        <translation>Pr&amp;opriétés du document…</translation>
    </message>
    <message>
        <source>Show C&amp;ues</source>
        <translation>Afficher les &amp;repères</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Demarche</source>
        <translation>À &amp;propos de Demarche</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Aller aux &amp;documents</translation>
    </message>
    <message>
        <source>Go to Code&amp;book</source>
        <translation>Aller à la &amp;grille de codage</translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation>Aller aux déc&amp;larations</translation>
    </message>
    <message>
        <source>Go to the Claim &amp;Inspector</source>
        <translation>Aller à l&apos;&amp;inspecteur de déclaration</translation>
    </message>
    <message>
        <source>Underline the codebook&apos;s names, aliases and keywords in the article</source>
        <translation>Souligner dans l&apos;article les noms, alias et mots-clés de la grille de codage</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 is the step to undo, as Edit ▸ Undo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 is the step to redo, as Edit ▸ Redo names it: &quot;Add Claim&quot;, &quot;Rename “Iran”&quot;</extracomment>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <extracomment>In the menu File ▸ Import: a whole project from QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>Projet &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project…</source>
        <extracomment>In the menu File ▸ Export: the whole project for QualCoder, MAXQDA, ATLAS.ti or NVivo.</extracomment>
        <translation>&amp;Projet REFI-QDA…</translation>
    </message>
    <message>
        <source>Make a new project from a REFI-QDA project (.qdpx) of QualCoder, MAXQDA, ATLAS.ti, NVivo or Demarche</source>
        <translation>Créer un nouveau projet à partir d&apos;un projet REFI-QDA (.qdpx) de QualCoder, MAXQDA, ATLAS.ti, NVivo ou Demarche</translation>
    </message>
    <message>
        <source>Write the whole project as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti and NVivo</source>
        <translation>Écrire le projet entier en projet REFI-QDA (.qdpx) pour QualCoder, MAXQDA, ATLAS.ti et NVivo</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Demarche project</source>
        <translation>Projet Demarche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>NetworkImageText</name>
    <message>
        <source>Could not write the network to %1: %2</source>
        <translation>Impossible d&apos;écrire le réseau dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>l&apos;image n&apos;a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message>
        <source>Congruence</source>
        <translation>Congruence</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Congruence: two actors are linked by the topics on which both took a position; each such topic adds 1 − |difference of their mean positions| / 200, so full agreement adds 1.</source>
        <translation>Congruence&#xa0;: deux acteurs sont liés par les thèmes sur lesquels tous deux ont pris position&#xa0;; chacun de ces thèmes ajoute 1 − |différence de leurs positions moyennes| / 200, si bien qu&apos;un accord complet ajoute 1.</translation>
    </message>
    <message>
        <source>Conflict: two actors are linked by the topics on which both took a position; each such topic adds |difference of their mean positions| / 200, so opposite extremes add 1.</source>
        <translation>Conflit&#xa0;: deux acteurs sont liés par les thèmes sur lesquels tous deux ont pris position&#xa0;; chacun de ces thèmes ajoute |différence de leurs positions moyennes| / 200, si bien que des extrêmes opposés ajoutent 1.</translation>
    </message>
    <message>
        <source>Affiliation: each actor is linked to the topics it made claims on, weighted by the number of claims.</source>
        <translation>Affiliation&#xa0;: chaque acteur est lié aux thèmes sur lesquels il a fait des déclarations, avec un poids égal au nombre de déclarations.</translation>
    </message>
    <message>
        <source>Means are weighted by salience.</source>
        <translation>Les moyennes sont pondérées par la saillance.</translation>
    </message>
    <message>
        <source>Members count as their top-level actor.</source>
        <translation>Les membres comptent comme leur acteur de plus haut niveau.</translation>
    </message>
    <message>
        <source>Every actor counts on its own, members included.</source>
        <translation>Chaque acteur compte à part, membres compris.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>actor on topic</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean position: %1</source>
        <translation>Position moyenne&#xa0;: %1</translation>
    </message>
    <message>
        <source>No claim with a position</source>
        <translation>Aucune déclaration avec une position</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>two actors</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Congruence: %1</source>
        <translation>Congruence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %n topic(s): %1</source>
        <translation>
            <numerusform>Sur %n thème&#xa0;: %1</numerusform>
            <numerusform>Sur %n thèmes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Topic
%2</source>
        <comment>name, the word topic, claims</comment>
        <translation>%1
Thème
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
        <translation>%1&#xa0;: est un projet ou une autre base de données SQLite&#xa0;; y écrire la détruirait, choisissez donc un autre fichier</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>aucun fichier de sortie indiqué</translation>
    </message>
    <message>
        <source>%1: is the open project itself; choose another file</source>
        <translation>%1&#xa0;: est le projet ouvert lui-même&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1&#xa0;: est un dossier&#xa0;; choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>%1: is neither a file, a pipe nor a character device</source>
        <translation>%1&#xa0;: n&apos;est ni un fichier, ni un tube, ni un périphérique caractère</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>%1: is a pipe or a device; this format can only be written to a file</source>
        <translation>%1&#xa0;: est un tube ou un périphérique&#xa0;; ce format ne peut être écrit que dans un fichier</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>laying out pages needs the graphical libraries (a QGuiApplication), which are not running</source>
        <translation>la mise en page nécessite les bibliothèques graphiques (une QGuiApplication), qui ne sont pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>les pages n&apos;ont pas pu être dessinées</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Demarche projects (*.demarche);;All files (*)</source>
        <translation>Projets Demarche (*.demarche);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Le projet n&apos;a pas pu être ouvert.

%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Le projet n&apos;a pas pu être créé.

%1</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Projet d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample project could not be created.

%1</source>
        <translation>Le projet d&apos;exemple n&apos;a pas pu être créé.

%1</translation>
    </message>
    <message>
        <source>Untitled.demarche</source>
        <translation>Sans titre.demarche</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>%1 copy.demarche</source>
        <translation>%1 copie.demarche</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>La copie n&apos;a pas pu être enregistrée.

%1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier ▸ Ouvrir un projet….</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1&#xa0;: fichier de projet introuvable</translation>
    </message>
    <message>
        <source>%1: is a directory, not a project file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is empty, not a Demarche project</source>
        <translation>%1&#xa0;: est vide, ce n&apos;est pas un projet Demarche</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (not an SQLite database)</source>
        <translation>%1&#xa0;: n&apos;est pas un projet Demarche (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>%1: the SQLite driver for Qt is missing</source>
        <translation>%1&#xa0;: le pilote SQLite de Qt est absent</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1&#xa0;: existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1: the project is locked by another program</source>
        <translation>%1&#xa0;: le projet est verrouillé par un autre programme</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Demarche project (%2)</source>
        <translation>%1&#xa0;: est endommagé ou n&apos;est pas un projet Demarche (%2)</translation>
    </message>
    <message>
        <source>%1: is damaged: %2</source>
        <translation>%1&#xa0;: est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is an SQLite database but not a Demarche project</source>
        <translation>%1&#xa0;: est une base de données SQLite mais pas un projet Demarche</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Demarche (project format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1&#xa0;: a été enregistré par une version plus récente de Demarche (format de projet %2&#xa0;; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: the change was not saved</source>
        <translation>%1&#xa0;: la modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the claim has no actor</source>
        <translation>la déclaration n&apos;a pas d&apos;acteur</translation>
    </message>
    <message>
        <source>the claim has no topic</source>
        <translation>la déclaration n&apos;a pas de thème</translation>
    </message>
    <message>
        <source>the target actor must differ from the actor who holds the claim</source>
        <translation>l&apos;acteur cible doit être différent de l&apos;auteur de la déclaration</translation>
    </message>
    <message>
        <source>position %1 is outside %2 … %3</source>
        <translation>la position %1 est hors de l&apos;intervalle %2 … %3</translation>
    </message>
    <message>
        <source>salience %1 is outside %2 … %3</source>
        <translation>la saillance %1 est hors de l&apos;intervalle %2 … %3</translation>
    </message>
    <message>
        <source>the claim&apos;s actor, target or topic is not in the project</source>
        <translation>l&apos;acteur, la cible ou le thème de la déclaration n&apos;est pas dans le projet</translation>
    </message>
    <message>
        <source>no claim with id %1 in the project</source>
        <translation>aucune déclaration d&apos;identifiant %1 dans le projet</translation>
    </message>
    <message>
        <source>%1: the colour is not valid</source>
        <translation>%1&#xa0;: la couleur n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent, directly or through others</source>
        <translation>%1 ne peut pas être son propre parent, ni directement ni par d&apos;autres entrées</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>%1: the parent actor does not exist</source>
        <translation>%1&#xa0;: l&apos;acteur parent n&apos;existe pas</translation>
    </message>
    <message>
        <source>no actor with id %1 in the project</source>
        <translation>aucun acteur d&apos;identifiant %1 dans le projet</translation>
    </message>
    <message>
        <source>%1: the parent topic does not exist</source>
        <translation>%1&#xa0;: le thème parent n&apos;existe pas</translation>
    </message>
    <message>
        <source>no topic with id %1 in the project</source>
        <translation>aucun thème d&apos;identifiant %1 dans le projet</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>aucun document d&apos;identifiant %1 dans le projet</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>le document ne contient aucun texte</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>le document n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>the same text is already in the project as document %1 (“%2”); use --allow-duplicate to import it again</source>
        <translation>le même texte est déjà dans le projet comme document %1 («&#xa0;%2&#xa0;»)&#xa0;; utilisez --allow-duplicate pour l&apos;importer à nouveau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>l&apos;acteur n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the topic has no name</source>
        <translation>le thème n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2)</source>
        <translation>%1&#xa0;: le projet est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1&#xa0;: la copie n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the project is open read-only</source>
        <translation>%1&#xa0;: le projet est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: the id %2 is already in use</source>
        <translation>%1&#xa0;: l&apos;identifiant %2 est déjà utilisé</translation>
    </message>
    <message numerus="yes">
        <source>the actor holds %n claim(s); reassign or delete them first</source>
        <translation>
            <numerusform>l&apos;acteur est l&apos;auteur de %n déclaration&#xa0;; réattribuez-la ou supprimez-la d&apos;abord</numerusform>
            <numerusform>l&apos;acteur est l&apos;auteur de %n déclarations&#xa0;; réattribuez-les ou supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scale note contains a control character (U+%2)</source>
        <translation>%1&#xa0;: la note d&apos;échelle contient un caractère de contrôle (U+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) tagged with the topic; retag or delete them first</source>
        <translation>
            <numerusform>%n déclaration étiquetée avec ce thème&#xa0;; changez son étiquette ou supprimez-la d&apos;abord</numerusform>
            <numerusform>%n déclarations étiquetées avec ce thème&#xa0;; changez leur étiquette ou supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project is read-only (%2); it can be read but not changed</source>
        <translation>%1&#xa0;: le projet est en lecture seule (%2)&#xa0;; il peut être lu mais pas modifié</translation>
    </message>
    <message>
        <source>%1: was saved by an older version of Demarche and must be updated to be read, but it is opened read-only and no updated copy could be made: %2</source>
        <translation>%1&#xa0;: a été enregistré par une version plus ancienne de Demarche et doit être mis à jour pour être lu, mais il est ouvert en lecture seule et aucune copie à jour n&apos;a pu être créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>son disque est monté en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>son dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1: is named like the log or journal of %2; choose another name</source>
        <translation>%1&#xa0;: porte le nom d&apos;un fichier journal de %2&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt cannot open a database</source>
        <translation>le pilote SQLite de Qt ne peut pas ouvrir de base de données</translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (%2); it was left unchanged</source>
        <translation>%1&#xa0;: n&apos;est pas un projet Demarche (%2)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the project is read-only (the file, its folder or its disk cannot be written); the change was not saved</source>
        <translation>%1&#xa0;: le projet est en lecture seule (le fichier, son dossier ou son disque ne sont pas accessibles en écriture)&#xa0;; la modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing more could be written and the project is as it was</source>
        <translation>%1&#xa0;: le disque est plein&#xa0;; plus rien n&apos;a pu être écrit et le projet est resté tel quel</translation>
    </message>
    <message>
        <source>%1: the disk refused to read or write the project (%2)</source>
        <translation>%1&#xa0;: le disque a refusé de lire ou d&apos;écrire le projet (%2)</translation>
    </message>
    <message>
        <source>%1: the project or a file beside it (-wal, -shm, -journal) cannot be opened (%2)</source>
        <translation>%1&#xa0;: le projet ou un fichier voisin (-wal, -shm, -journal) ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <source>%1: “%2” contains a control character (U+%3); it must be one line of plain text</source>
        <extracomment>%1 names the field: Name, Alias, Keyword, Title, Source…</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» contient un caractère de contrôle (U+%3)&#xa0;; ce doit être une seule ligne de texte brut</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Pôle négatif</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Pôle positif</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>the schema entry %1 differs</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>l&apos;élément de schéma %1 diffère</translation>
    </message>
    <message>
        <source>it holds an unknown schema entry %1</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>il contient l&apos;élément de schéma inconnu %1</translation>
    </message>
    <message>
        <source>the schema entry %1 is missing</source>
        <extracomment>%1 is an SQLite object and its name, in English: table “claims”</extracomment>
        <translation>l&apos;élément de schéma %1 est absent</translation>
    </message>
</context>
<context>
    <name>QdpxExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>the archive entry %1 failed (zip error %2)</source>
        <translation>l&apos;entrée d&apos;archive %1 a échoué (erreur ZIP %2)</translation>
    </message>
    <message>
        <source>it is no longer a file</source>
        <translation>ce n&apos;est plus un fichier</translation>
    </message>
    <message>
        <source>the archive cannot be started (zip error %1)</source>
        <translation>l&apos;archive ne peut pas être créée (erreur ZIP %1)</translation>
    </message>
    <message>
        <source>%1: the export was cancelled</source>
        <translation>%1&#xa0;: l&apos;exportation a été annulée</translation>
    </message>
    <message>
        <source>the archive cannot be completed (zip error %1)</source>
        <translation>l&apos;archive ne peut pas être finalisée (erreur ZIP %1)</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Projets REFI-QDA (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The project could not be exported.

%1</source>
        <translation>Le projet n&apos;a pas pu être exporté.

%1</translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; refused</source>
        <translation>%1&#xa0;: plus de %2 Mo&#xa0;; refusé</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: holds no .qde project file; not a REFI-QDA project</source>
        <translation>%1&#xa0;: ne contient aucun fichier de projet .qde&#xa0;; ce n&apos;est pas un projet REFI-QDA</translation>
    </message>
    <message>
        <source>%1: holds several project files (%2); a REFI-QDA project has one</source>
        <extracomment>%2 lists the files, separated by commas</extracomment>
        <translation>%1&#xa0;: contient plusieurs fichiers de projet (%2)&#xa0;; un projet REFI-QDA n&apos;en a qu&apos;un</translation>
    </message>
    <message>
        <source>has no text (no plainTextPath and no PlainTextContent)</source>
        <translation>n&apos;a pas de texte (ni plainTextPath ni PlainTextContent)</translation>
    </message>
    <message>
        <source>its text is outside the archive (%1); not read</source>
        <translation>son texte est hors de l&apos;archive (%1)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>its text %1 is not in the archive</source>
        <translation>son texte %1 n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>%1: the text %2 is not valid UTF-8 (byte %3)</source>
        <extracomment>%2 is a file inside the archive, %3 a byte offset</extracomment>
        <translation>%1&#xa0;: le texte %2 n&apos;est pas de l&apos;UTF-8 valide (octet %3)</translation>
    </message>
    <message>
        <source>%1: the text is binary data, not text</source>
        <translation>%1&#xa0;: le texte est constitué de données binaires, pas de texte</translation>
    </message>
    <message>
        <source>the code has no usable name; left out, with what is coded with it</source>
        <translation>le code n&apos;a pas de nom utilisable&#xa0;; omis, avec tout ce qui est codé avec lui</translation>
    </message>
    <message>
        <source>the description line “%1” was not understood; left out</source>
        <translation>la ligne de description «&#xa0;%1&#xa0;» n&apos;a pas été comprise&#xa0;; omise</translation>
    </message>
    <message>
        <source>the code&apos;s description was not imported</source>
        <translation>la description du code n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>not used: the file was written by Demarche, whose actors are known</source>
        <translation>non utilisé&#xa0;: le fichier a été écrit par Demarche, dont les acteurs sont connus</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>a selection in the loss report: source name, start and end positions</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>the position is outside the text; not imported</source>
        <translation>l&apos;emplacement est hors du texte&#xa0;; non importée</translation>
    </message>
    <message>
        <source>the position splits a character (between CR and LF, or inside a letter and its accent); not imported</source>
        <translation>l&apos;emplacement coupe un caractère (entre CR et LF, ou entre une lettre et son accent)&#xa0;; non importée</translation>
    </message>
    <message>
        <source>the selection holds only blank space; not imported</source>
        <translation>la sélection ne contient que des blancs&#xa0;; non importée</translation>
    </message>
    <message>
        <source>the text has over 30 combining marks in a row, and positions cannot follow its canonical form; not imported</source>
        <translation>le texte contient plus de 30 signes combinants à la suite, et les emplacements ne peuvent pas suivre sa forme canonique&#xa0;; non importée</translation>
    </message>
    <message>
        <source>a %1 with no plain text; not imported</source>
        <extracomment>%1 is an element of the file: PictureSource, AudioSource, ...</extracomment>
        <translation>un %1 sans texte brut&#xa0;; non importé</translation>
    </message>
    <message>
        <source>the text is empty; not imported</source>
        <translation>le texte est vide&#xa0;; non importé</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) on the pages rather than the text; not imported</source>
        <translation>
            <numerusform>%n sélection sur les pages plutôt que sur le texte&#xa0;; non importée</numerusform>
            <numerusform>%n sélections sur les pages plutôt que sur le texte&#xa0;; non importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Source sans titre</translation>
    </message>
    <message>
        <source>the source&apos;s description was not imported</source>
        <translation>la description de la source n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>the selection is empty; not imported</source>
        <translation>la sélection est vide&#xa0;; non importée</translation>
    </message>
    <message>
        <source>%1; not imported</source>
        <translation>%1&#xa0;; non importée</translation>
    </message>
    <message>
        <source>coded with a code that is not in the codebook; that coding was left out</source>
        <translation>codée avec un code absent de la grille de codage&#xa0;; ce codage a été omis</translation>
    </message>
    <message>
        <source>coded with several stances; the first was kept</source>
        <translation>codée avec plusieurs postures&#xa0;; la première a été conservée</translation>
    </message>
    <message>
        <source>coded with no actor and no topic; not imported</source>
        <translation>codée sans acteur ni thème&#xa0;; non importée</translation>
    </message>
    <message>
        <source>coded with an actor but no topic; not imported</source>
        <translation>codée avec un acteur mais sans thème&#xa0;; non importée</translation>
    </message>
    <message numerus="yes">
        <source>coded with several actors or topics: one claim for each of its %n actor–topic pair(s)</source>
        <translation>
            <numerusform>codée avec plusieurs acteurs ou thèmes&#xa0;: une déclaration pour sa %n paire acteur–thème</numerusform>
            <numerusform>codée avec plusieurs acteurs ou thèmes&#xa0;: une déclaration pour chacune de ses %n paires acteur–thème</numerusform>
        </translation>
    </message>
    <message>
        <source>the variable was not imported</source>
        <translation>la variable n&apos;a pas été importée</translation>
    </message>
    <message numerus="yes">
        <source>the code is neither an actor nor a topic; %n coding(s) with it were left out</source>
        <translation>
            <numerusform>le code n&apos;est ni un acteur ni un thème&#xa0;; %n codage avec ce code a été omis</numerusform>
            <numerusform>le code n&apos;est ni un acteur ni un thème&#xa0;; %n codages avec ce code ont été omis</numerusform>
        </translation>
    </message>
    <message>
        <source>the actor was created for the selections coded with a topic and no actor</source>
        <translation>l&apos;acteur a été créé pour les sélections codées avec un thème mais sans acteur</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) coded with a topic and no actor became claims of this actor</source>
        <translation>
            <numerusform>%n sélection codée avec un thème mais sans acteur est devenue une déclaration de cet acteur</numerusform>
            <numerusform>%n sélections codées avec un thème mais sans acteur sont devenues des déclarations de cet acteur</numerusform>
        </translation>
    </message>
    <message>
        <source>the target “%1” is not an actor; left out</source>
        <translation>la cible «&#xa0;%1&#xa0;» n&apos;est pas un acteur&#xa0;; omise</translation>
    </message>
    <message>
        <source>declares a document type (&lt;!DOCTYPE&gt;), which REFI-QDA does not use; refused for safety</source>
        <translation>déclare un type de document (&lt;!DOCTYPE&gt;), que REFI-QDA n&apos;utilise pas&#xa0;; refusé par sécurité</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>n&apos;est pas un projet REFI-QDA (pas d&apos;élément &lt;Project&gt;)</translation>
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <extracomment>%1 and %2 are line and column numbers, %3 the XML parser&apos;s explanation</extracomment>
        <translation>XML non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not imported: Demarche has no place for this part of a project</source>
        <translation>non importé&#xa0;: Demarche n&apos;a pas de place pour cette partie d&apos;un projet</translation>
    </message>
    <message>
        <source>codes nested more than %1 deep; refused</source>
        <translation>codes imbriqués sur plus de %1 niveaux&#xa0;; refusé</translation>
    </message>
    <message>
        <source>nested more than %1 codes deep; placed at that depth</source>
        <translation>imbriqué sur plus de %1 niveaux de codes&#xa0;; placé à ce niveau</translation>
    </message>
    <message>
        <source>the file has no code named “%1” to hold the actors</source>
        <translation>le fichier n&apos;a aucun code nommé «&#xa0;%1&#xa0;» pour contenir les acteurs</translation>
    </message>
    <message>
        <source>several codes are named “%1”; give its path from the top, as in “%2”</source>
        <translation>plusieurs codes sont nommés «&#xa0;%1&#xa0;»&#xa0;; indiquez son chemin depuis le sommet, comme dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>Save the imported project as</source>
        <translation>Enregistrer le projet importé sous</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Projets REFI-QDA (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be read.

%1</source>
        <translation>Le fichier n&apos;a pas pu être lu.

%1</translation>
    </message>
    <message>
        <source>The project could not be imported.

%1</source>
        <translation>Le projet n&apos;a pas pu être importé.

%1</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>&apos;%1&apos; doit être une liste de textes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour</source>
        <translation>&apos;%1&apos; n&apos;est pas une couleur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; expected one of: %3</source>
        <translation>valeur inconnue &apos;%2&apos; pour %1&#xa0;; valeurs attendues&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1&#xa0;: &apos;%2&apos; doit être une liste</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1&#xa0;: JSON non valide à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: must hold a JSON object</source>
        <translation>%1&#xa0;: doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>%1: unsupported format; expected &quot;format&quot;: %2</source>
        <translation>%1&#xa0;: format non pris en charge&#xa0;; attendu&#xa0;: &quot;format&quot;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: claims[%2] (“%3”)</source>
        <translation>%1&#xa0;: claims[%2] («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: the parent topic &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1&#xa0;: le thème parent &apos;%2&apos; de &apos;%3&apos; doit être listé avant lui</translation>
    </message>
    <message>
        <source>%1: the parent actor &apos;%2&apos; of &apos;%3&apos; must be listed before it</source>
        <translation>%1&#xa0;: l&apos;acteur parent &apos;%2&apos; de &apos;%3&apos; doit être listé avant lui</translation>
    </message>
    <message>
        <source>no document &apos;%1&apos; in %2</source>
        <translation>aucun document &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>unknown holder &apos;%1&apos;</source>
        <translation>auteur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;</source>
        <translation>cible inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos;</source>
        <translation>thème inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the quote does not occur in %1</source>
        <translation>la citation n&apos;apparaît pas dans %1</translation>
    </message>
    <message>
        <source>the quote occurs fewer than %1 times in %2</source>
        <translation>la citation apparaît moins de %1 fois dans %2</translation>
    </message>
    <message>
        <source>%1: unsupported file type; expected %2</source>
        <translation>%1&#xa0;: type de fichier non pris en charge&#xa0;; attendu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quick tag</source>
        <translation>Étiquetage rapide</translation>
    </message>
    <message>
        <source>Select text, snapped to whole words</source>
        <translation>Sélectionner du texte, ajusté aux mots entiers</translation>
    </message>
    <message>
        <source>Select all of the article</source>
        <translation>Sélectionner tout l&apos;article</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>Sélectionner exactement, sans ajuster aux mots</translation>
    </message>
    <message>
        <source>%1 + drag</source>
        <translation>%1 + glisser</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Choose the actor or topic with this number</source>
        <translation>Choisir l&apos;acteur ou le thème portant ce numéro</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Choose the highlighted actor or topic</source>
        <translation>Choisir l&apos;acteur ou le thème en surbrillance</translation>
    </message>
    <message>
        <source>Move the highlight</source>
        <translation>Déplacer la surbrillance</translation>
    </message>
    <message>
        <source>Filter the list, or name a new actor or topic</source>
        <translation>Filtrer la liste, ou nommer un nouvel acteur ou thème</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Saisir un nom</translation>
    </message>
    <message>
        <source>Back from the topic to the actor</source>
        <translation>Revenir du thème à l&apos;acteur</translation>
    </message>
    <message>
        <source>Cancel tagging</source>
        <translation>Annuler l&apos;étiquetage</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>%1: is a binary file, not text</source>
        <translation>%1&#xa0;: est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>%1: contains no text</source>
        <translation>%1&#xa0;: ne contient aucun texte</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; decoded as Windows-1252</source>
        <translation>%1&#xa0;: UTF-8 non valide&#xa0;; décodé en Windows-1252</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB; the limit is %3 MB</source>
        <translation>%1&#xa0;: fait %2 Mo&#xa0;; la limite est de %3 Mo</translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation>%1&#xa0;: dépasse la limite de %2 Mo</translation>
    </message>
    <message>
        <source>%1: is the open project itself, not a document</source>
        <translation>%1&#xa0;: est le projet ouvert lui-même, pas un document</translation>
    </message>
    <message>
        <source>%1: unsupported file type (no extension); expected %2</source>
        <translation>%1&#xa0;: type de fichier non pris en charge (sans extension)&#xa0;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unsupported file type &apos;%2&apos;; expected %3</source>
        <translation>%1&#xa0;: type de fichier non pris en charge &apos;%2&apos;&#xa0;; attendu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: nests too deep</source>
        <translation>%1 : imbrication trop profonde</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>the heading above a document&apos;s footnotes and endnotes, after its text</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1 : fichier endommagé</translation>
    </message>
    <message>
        <source>%1: encrypted</source>
        <translation>%1 : fichier chiffré</translation>
    </message>
    <message>
        <source>%1: no text layer — scanned PDF?</source>
        <translation>%1 : aucune couche de texte — PDF numérisé ?</translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n page(s); the rest is left out</source>
        <translation>
            <numerusform>%1 : arrêt après %n page ; la suite est omise</numerusform>
            <numerusform>%1 : arrêt après %n pages ; la suite est omise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running header(s) and footer(s) left out</source>
        <translation>
            <numerusform>%1 : %n en-tête ou pied de page courant omis</numerusform>
            <numerusform>%1 : %n en-têtes et pieds de page courants omis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) hyphenated at a line end joined</source>
        <translation>
            <numerusform>%1 : %n mot coupé en fin de ligne recollé</numerusform>
            <numerusform>%1 : %n mots coupés en fin de ligne recollés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: too large once unpacked (a zip bomb?)</source>
        <translation>%1 : trop volumineux une fois décompressé (une bombe ZIP ?)</translation>
    </message>
    <message>
        <source>%1: not a valid %2 file (%3 is missing)</source>
        <extracomment>%2 is a format (&quot;DOCX&quot;, &quot;ODT&quot;), %3 a part of its file (&quot;word/document.xml&quot;)</extracomment>
        <translation>%1 : fichier %2 non valide (%3 manquant)</translation>
    </message>
    <message>
        <source>%1: took too long to read; no text was found in time</source>
        <translation>%1 : lecture trop longue ; aucun texte trouvé à temps</translation>
    </message>
</context>
<context>
    <name>TopicScale</name>
    <message>
        <source>%1: not defined</source>
        <translation>%1&#xa0;: non défini</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>scale not defined</source>
        <translation>échelle non définie</translation>
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
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>A stance value: the actor puts forward a plan or an offer for discussion.</extracomment>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Concession</source>
        <extracomment>A stance value: the actor gives ground it had held before.</extracomment>
        <translation>Concession</translation>
    </message>
    <message>
        <source>Refusal / red line</source>
        <extracomment>A stance value: the actor rejects something or names a limit it will not cross.</extracomment>
        <translation>Refus / ligne rouge</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>A stance value: the actor backs another party&apos;s position or a plan.</extracomment>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Criticism</source>
        <extracomment>A stance value: the actor objects to what another party does or says.</extracomment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A stance value: the actor binds itself to doing something (a pledge).</extracomment>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Threat</source>
        <extracomment>A stance value: the actor announces consequences if others do not comply.</extracomment>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>A stance value: the actor states how it sees a situation, without asking or offering anything.</extracomment>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <extracomment>An attribution: the article quotes the actor&apos;s own words.</extracomment>
        <translation>Citation directe</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <extracomment>An attribution: the article renders the actor&apos;s words in its own words.</extracomment>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>An attribution: the article reports the claim second-hand (&quot;according to officials&quot;).</extracomment>
        <translation>Propos rapportés</translation>
    </message>
    <message>
        <source>Analyst&apos;s inference</source>
        <extracomment>An attribution: the analyst infers the claim; the actor did not state it.</extracomment>
        <translation>Déduction de l&apos;analyste</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>An actor kind: a country, not a condition or a federal state.</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>An actor kind: an international or non-governmental organisation (EU, UN, NATO).</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>An actor kind: an individual, such as a minister or a president.</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Faction</source>
        <extracomment>An actor kind: a party, a movement or an armed group within a country.</extracomment>
        <translation>Faction</translation>
    </message>
</context>
<context>
    <name>demarche::ActorKindDelegate</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>demarche::ActorsUnderDialog</name>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>“%1” was made by another program. Which of its codes holds the actors? The codes below the one you choose become actors; every other code becomes a topic.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par un autre programme. Lequel de ses codes contient les acteurs&#xa0;? Les codes placés sous celui que vous choisissez deviennent des acteurs&#xa0;; tout autre code devient un thème.</translation>
    </message>
    <message>
        <source>None: every code becomes a topic</source>
        <extracomment>The first choice in a list of codes: no code holds actors.</extracomment>
        <translation>Aucun&#xa0;: chaque code devient un thème</translation>
    </message>
    <message>
        <source>Every code becomes a topic. Coded passages become claims of the actor “Unattributed”.</source>
        <translation>Chaque code devient un thème. Les passages codés deviennent des déclarations de l&apos;acteur «&#xa0;Unattributed&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) below “%1” become actors; the other codes become topics.</source>
        <translation>
            <numerusform>%n code sous «&#xa0;%1&#xa0;» devient un acteur&#xa0;; les autres codes deviennent des thèmes.</numerusform>
            <numerusform>%n codes sous «&#xa0;%1&#xa0;» deviennent des acteurs&#xa0;; les autres codes deviennent des thèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ArticleHeader</name>
    <message>
        <source>Article title, source and date</source>
        <translation>Titre, source et date de l&apos;article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Source et date</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleTextEdit</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
</context>
<context>
    <name>demarche::ArticleView</name>
    <message>
        <source>Open a document from the list, or import one</source>
        <translation>Ouvrez un document de la liste, ou importez-en un</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Comment importer un article</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Aucun article ouvert</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimFilterBar</name>
    <message>
        <source>This document only</source>
        <translation>Ce document seulement</translation>
    </message>
    <message>
        <source>Search quotes, notes, actors…</source>
        <translation>Rechercher citations, notes, acteurs…</translation>
    </message>
    <message>
        <source>The claims of one actor and of the actors under it</source>
        <translation>Les déclarations d&apos;un acteur et des acteurs qui en relèvent</translation>
    </message>
    <message>
        <source>The claims on one topic and on its sub-topics</source>
        <translation>Les déclarations sur un thème et sur ses sous-thèmes</translation>
    </message>
    <message>
        <source>The claims of one stance type</source>
        <translation>Les déclarations d&apos;un type de posture</translation>
    </message>
    <message>
        <source>Only the claims of the article that is open</source>
        <translation>Seulement les déclarations de l&apos;article ouvert</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>acteur %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>thème %1</translation>
    </message>
    <message>
        <source>stance %1</source>
        <translation>posture %1</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Toutes les postures</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimInspector</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Posture&#xa0;:</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <extracomment>The number from -100 to +100 on the topic&apos;s scale, not a place</extracomment>
        <translation>Po&amp;sition&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>Sa&amp;illance&#xa0;:</translation>
    </message>
    <message>
        <source>How central the claim is to the holder&apos;s position: 1 is a passing remark, 5 is at its core</source>
        <translation>Importance de la déclaration dans la position de l&apos;auteur&#xa0;: 1 pour une remarque en passant, 5 pour un point central</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>Att&amp;ribution&#xa0;:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your remarks on this claim</source>
        <translation>Vos remarques sur cette déclaration</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Select a claim to see its details</source>
        <translation>Sélectionnez une déclaration pour en voir le détail</translation>
    </message>
    <message>
        <source>What the claim&apos;s fields mean</source>
        <translation>Signification des champs d&apos;une déclaration</translation>
    </message>
    <message>
        <source>Claim inspector</source>
        <translation>Inspecteur de déclaration</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimTableModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>demarche::ClaimsPanel</name>
    <message>
        <source>Go to claim</source>
        <translation>Aller à la déclaration</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Supprimer la déclaration</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare %1 with</source>
        <translation>Comparer %1 avec</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 sur %n déclaration</numerusform>
            <numerusform>%1 sur %n déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims yet. Select text in an article and press T to tag it.</source>
        <translation>Aucune déclaration pour l&apos;instant. Sélectionnez du texte dans un article et appuyez sur T pour l&apos;étiqueter.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Comment étiqueter une déclaration</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Aucune déclaration ne correspond à ces filtres.</translation>
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
        <translation>Actions de la grille de codage</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up; the first nine have quick-tag numbers</source>
        <translation>Monter&#xa0;; les neuf premiers ont un numéro d&apos;étiquetage rapide</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down; the first nine have quick-tag numbers</source>
        <translation>Descendre&#xa0;; les neuf premiers ont un numéro d&apos;étiquetage rapide</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Move all claims to another entry, then delete this one</source>
        <translation>Transférer toutes les déclarations vers une autre entrée, puis supprimer celle-ci</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Choose the colour of the selected entry</source>
        <translation>Choisir la couleur de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>How the codebook works</source>
        <translation>Fonctionnement de la grille de codage</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n déclaration.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n déclarations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the claims to another entry, which deletes “%1”, or cancel.</source>
        <translation>Réattribuez les déclarations à une autre entrée, ce qui supprime «&#xa0;%1&#xa0;», ou annulez.</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Réattribuer à…</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPanel</name>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Add an actor under the selected one</source>
        <translation>Ajouter un acteur sous l&apos;acteur sélectionné</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>No actors yet. Press Insert, or Add above, to add the states, organisations and people you follow.</source>
        <translation>Aucun acteur pour l&apos;instant. Appuyez sur Inser, ou sur Ajouter ci-dessus, pour ajouter les États, organisations et personnes que vous suivez.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Add a sub-topic under the selected topic</source>
        <translation>Ajouter un sous-thème sous le thème sélectionné</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>No topics yet. Press Insert, or Add above, to add the files the actors negotiate.</source>
        <translation>Aucun thème pour l&apos;instant. Appuyez sur Inser, ou sur Ajouter ci-dessus, pour ajouter les dossiers que négocient les acteurs.</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Échelle…</translation>
    </message>
    <message>
        <source>Say what -100 and +100 mean on the selected topic</source>
        <translation>Indiquer ce que signifient -100 et +100 pour le thème sélectionné</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>A&amp;cteurs</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
</context>
<context>
    <name>demarche::CodebookTreeModel</name>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Key %1 picks “%2” in the quick-tag popup</source>
        <translation>La touche %1 choisit «&#xa0;%2&#xa0;» dans la fenêtre d&apos;étiquetage rapide</translation>
    </message>
    <message>
        <source>The number key that picks the entry in the quick-tag popup</source>
        <translation>La touche numérique qui choisit l&apos;entrée dans la fenêtre d&apos;étiquetage rapide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
</context>
<context>
    <name>demarche::CompareBar</name>
    <message>
        <source>First actor</source>
        <translation>Premier acteur</translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation>Second acteur</translation>
    </message>
    <message>
        <source>Roll up members</source>
        <translation>Agréger les membres</translation>
    </message>
    <message>
        <source>Show topics without claims</source>
        <translation>Afficher les thèmes sans déclaration</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Swap the two actors</source>
        <translation>Intervertir les deux acteurs</translation>
    </message>
    <message>
        <source>Swap actors</source>
        <translation>Intervertir</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Compter les déclarations des membres d&apos;un acteur (un ministre pour son État) comme les siennes</translation>
    </message>
    <message>
        <source>The comparison as a CSV table, one row per topic</source>
        <translation>La comparaison sous forme de tableau CSV, une ligne par thème</translation>
    </message>
    <message>
        <source>A printable report with every quote, as PDF or HTML</source>
        <translation>Un rapport imprimable avec toutes les citations, en PDF ou HTML</translation>
    </message>
</context>
<context>
    <name>demarche::CompareView</name>
    <message>
        <source>How to compare two actors</source>
        <translation>Comment comparer deux acteurs</translation>
    </message>
    <message>
        <source>Comparing needs two actors. Add them to the codebook, then choose them above.</source>
        <translation>La comparaison nécessite deux acteurs. Ajoutez-les à la grille de codage, puis choisissez-les ci-dessus.</translation>
    </message>
    <message>
        <source>How to add actors</source>
        <translation>Comment ajouter des acteurs</translation>
    </message>
    <message>
        <source>Choose two different actors to compare.</source>
        <translation>Choisissez deux acteurs différents à comparer.</translation>
    </message>
    <message>
        <source>Choose the two actors to compare above.</source>
        <translation>Choisissez ci-dessus les deux acteurs à comparer.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims yet. Tag what they say in the articles to compare their positions.</source>
        <translation>Ni %1 ni %2 n&apos;ont encore de déclaration. Étiquetez ce qu&apos;ils disent dans les articles pour comparer leurs positions.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Comment étiqueter une déclaration</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has claims within these filters.</source>
        <translation>Ni %1 ni %2 n&apos;ont de déclaration dans le cadre de ces filtres.</translation>
    </message>
    <message>
        <source>Export Comparison as CSV</source>
        <translation>Exporter la comparaison en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save Comparison Report</source>
        <translation>Enregistrer le rapport de comparaison</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Impossible d&apos;exporter vers %1.</translation>
    </message>
</context>
<context>
    <name>demarche::ComparisonModel</name>
    <message>
        <source>%1: mean positions %2 apart</source>
        <translation>%1&#xa0;: positions moyennes distantes de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>aucune déclaration</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <extracomment>The mean position of the actor&apos;s claims on the topic&apos;s scale</extracomment>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>both</source>
        <extracomment>A topic on which both compared actors made claims</extracomment>
        <translation>les deux</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>neither</source>
        <extracomment>A topic on which neither compared actor made claims</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>both, no positions</source>
        <translation>les deux, sans position</translation>
    </message>
    <message>
        <source>%1 has no positions</source>
        <translation>%1 n&apos;a pas de position</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>position %1</source>
        <extracomment>The claim&apos;s position: the number on the topic&apos;s scale</extracomment>
        <translation>position %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Actor A</source>
        <translation>Acteur A</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Actor B</source>
        <translation>Acteur B</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentDetailsDialog</name>
    <message>
        <source>Set the &amp;date:</source>
        <translation>Définir la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>Sa&amp;ns date</translation>
    </message>
    <message>
        <source>Source and Date</source>
        <translation>Source et date</translation>
    </message>
    <message numerus="yes">
        <source>The source and publication date of %n document(s): %1</source>
        <translation>
            <numerusform>La source et la date de publication de %n document&#xa0;: %1</numerusform>
            <numerusform>La source et la date de publication de %n documents&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>e.g. TASS, Reuters, the ministry&apos;s website</source>
        <translation>p. ex. TASS, Reuters, le site du ministère</translation>
    </message>
    <message>
        <source>various; type to set one for all</source>
        <translation>diverses&#xa0;; saisissez-en une pour tous</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Set the source and date of %n document(s)</source>
        <translation>
            <numerusform>Définir la source et la date de %n document</numerusform>
            <numerusform>Définir la source et la date de %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentImporter</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importation %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Importer %n document</numerusform>
            <numerusform>Importer %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text is already in the project as “%1”</source>
        <translation>le même texte est déjà dans le projet sous le titre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has the same text as %1</source>
        <translation>a le même texte que %1</translation>
    </message>
    <message>
        <source>the project did not accept it</source>
        <translation>le projet ne l&apos;a pas accepté</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; impossible d&apos;importer des documents</translation>
    </message>
    <message>
        <source>The text was not imported.</source>
        <translation>Le texte n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé le&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
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
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Pas de date de publication</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>Sa&amp;ns date</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. en, ru, fr</source>
        <translation>p. ex. en, ru, fr</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé le&#xa0;:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caractères&#xa0;:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Déclarations&#xa0;:</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Ce document n&apos;est plus dans le projet.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un document doit avoir un titre.</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>Le projet est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>demarche::DocumentsPanel</name>
    <message>
        <source>No documents yet. Import articles to read and tag them.</source>
        <translation>Aucun document pour l&apos;instant. Importez des articles pour les lire et les étiqueter.</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>Importer des documents…</translation>
    </message>
    <message>
        <source>How to import an article</source>
        <translation>Comment importer un article</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
</context>
<context>
    <name>demarche::ExportClaimsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>E&amp;xcel-compatible (adds a byte order mark)</source>
        <translation>Compatible E&amp;xcel (ajoute une marque d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>&amp;Escape cells that look like formulas</source>
        <translation>&amp;Neutraliser les cellules qui ressemblent à des formules</translation>
    </message>
    <message>
        <source>Export claims to CSV</source>
        <translation>Exporter les déclarations en CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;All claims (%1)</source>
        <translation>&amp;Toutes les déclarations (%1)</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table</source>
        <translation>Seulement les déclarations affichées dans le ta&amp;bleau des déclarations</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. Leave it off for R, pandas and LibreOffice.</source>
        <translation>Excel ne lit un fichier CSV en UTF-8 que s&apos;il commence par une marque d&apos;ordre des octets. Laissez cette option désactivée pour R, pandas et LibreOffice.</translation>
    </message>
    <message>
        <source>Spreadsheets may run a cell that begins with =, +, -, @ as a formula, so a crafted quote could act when the file is opened. Escaping puts an apostrophe before such cells, which spreadsheets show as plain text. Clear it only for programs that never evaluate formulas.</source>
        <translation>Un tableur peut exécuter comme formule une cellule commençant par =, +, -, @&#xa0;: une citation piégée pourrait ainsi agir à l&apos;ouverture du fichier. La neutralisation place une apostrophe devant ces cellules, que le tableur affiche alors comme du texte brut. Ne la désactivez que pour des programmes qui n&apos;évaluent jamais de formules.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A button: write the claims to the file.</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Only the claims shown in the claims &amp;table (%1: %2)</source>
        <translation>Seulement les déclarations affichées dans le ta&amp;bleau des déclarations (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation>Exporter les déclarations</translation>
    </message>
    <message>
        <source>The claims cannot be exported to “%1”.</source>
        <translation>Les déclarations ne peuvent pas être exportées vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The claims could not be exported to “%1”.</source>
        <translation>Les déclarations n&apos;ont pas pu être exportées vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 sur %Ln déclaration</numerusform>
            <numerusform>%1 sur %Ln déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportReviewDialog</name>
    <message>
        <source>Check the Imported Documents</source>
        <translation>Vérifier les documents importés</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column headings: the file a document came from, its title, publication date, source, and what the import left out of its text (running headers, page numbers)</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Nettoyé</translation>
    </message>
    <message numerus="yes">
        <source>Correct the details of %n document(s)</source>
        <translation>
            <numerusform>la correction des informations de %n document</numerusform>
            <numerusform>la correction des informations de %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title, date and source of %n new document(s), as read from the file(s). Correct any that are wrong; they can also be changed later in Document Properties.</source>
        <translation>
            <numerusform>Le titre, la date et la source de %n nouveau document, tels que lus dans le fichier. Corrigez ce qui est faux ; tout reste modifiable plus tard dans Propriétés du document.</numerusform>
            <numerusform>Le titre, la date et la source de %n nouveaux documents, tels que lus dans les fichiers. Corrigez ce qui est faux ; tout reste modifiable plus tard dans Propriétés du document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Bilan de l&apos;importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>not an article file; skipped</source>
        <translation>pas un fichier d&apos;article&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the summary to the clipboard.</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>No documents were imported: there was no article file to import.</source>
        <translation>Aucun document n&apos;a été importé&#xa0;: il n&apos;y avait aucun fichier d&apos;article à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n document(s).</source>
        <translation>
            <numerusform>Documents importés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Documents importés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not read.</source>
        <translation>
            <numerusform>L&apos;importation a été annulée&#xa0;; %n fichier n&apos;a pas été lu.</numerusform>
            <numerusform>L&apos;importation a été annulée&#xa0;; %n fichiers n&apos;ont pas été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</source>
        <translation>
            <numerusform>%n fichier des dossiers a été ignoré&#xa0;: seuls les fichiers %1 sont importés, et les sous-dossiers ne sont pas parcourus.</numerusform>
            <numerusform>%n fichiers des dossiers ont été ignorés&#xa0;: seuls les fichiers %1 sont importés, et les sous-dossiers ne sont pas parcourus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the documents with a warning: their text may not have been read as intended.</source>
        <translation>Vérifiez les documents signalés par un avertissement&#xa0;: leur texte n&apos;a peut-être pas été lu comme prévu.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refusés&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>Cleaned:</source>
        <extracomment>A heading: what the import left out of the documents&apos; text</extracomment>
        <translation>Nettoyés :</translation>
    </message>
</context>
<context>
    <name>demarche::LossReportDialog</name>
    <message>
        <source>REFI-QDA Import</source>
        <translation>Importation REFI-QDA</translation>
    </message>
    <message>
        <source>Nothing was lost: everything in the file is in the project.</source>
        <translation>Rien n&apos;a été perdu&#xa0;: tout le contenu du fichier est dans le projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the file could not be represented in the project; they are listed below.</source>
        <translation>
            <numerusform>%n élément du fichier n&apos;a pas pu être représenté dans le projet&#xa0;; il est listé ci-dessous.</numerusform>
            <numerusform>%n éléments du fichier n&apos;ont pas pu être représentés dans le projet&#xa0;; ils sont listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column headings of the loss report: where in the file, and what was not taken in.</extracomment>
        <translation>Où</translation>
    </message>
    <message>
        <source>What was lost</source>
        <translation>Ce qui a été perdu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>A button: copy the report to the clipboard.</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«&#xa0;%1&#xa0;» a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n nouvel acteur</numerusform>
            <numerusform>%n nouveaux acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n nouveau thème</numerusform>
            <numerusform>%n nouveaux thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MainWindow</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Projet en lecture seule</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Open or create a project that can be changed, then drop the articles on it.</source>
        <translation>Ouvrez ou créez un projet modifiable, puis déposez-y les articles.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>About Demarche</source>
        <translation>À propos de Demarche</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Positions of actors in diplomacy and negotiations, side by side.&lt;/p&gt;&lt;p&gt;Highlight the claims in articles, read-outs and transcripts, tag each by actor and topic, compare the actors&apos; stances and export them to CSV.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cues: %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demarche %1&lt;/h3&gt;&lt;p&gt;Les positions des acteurs de la diplomatie et des négociations, côte à côte.&lt;/p&gt;&lt;p&gt;Surlignez les déclarations dans les articles, comptes rendus et transcriptions, étiquetez chacune par acteur et par thème, comparez les postures des acteurs et exportez-les en CSV.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2. Repères&#xa0;: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>its file or folder cannot be written</source>
        <translation>son fichier ou son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>This project is open read-only: %1. Save a copy to make changes.</source>
        <translation>Ce projet est ouvert en lecture seule&#xa0;: %1. Enregistrez une copie pour le modifier.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n&apos;a pas été effectuée</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1</source>
        <translation>
            <numerusform>%n déclaration exportée vers %1</numerusform>
            <numerusform>%n déclarations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Retirer «&#xa0;%1&#xa0;» du projet, avec %n déclaration&#xa0;? Édition ▸ Annuler les rétablit.</numerusform>
            <numerusform>Retirer «&#xa0;%1&#xa0;» du projet, avec ses %n déclarations&#xa0;? Édition ▸ Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — Demarche</source>
        <translation>%1 — Demarche</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was exported to %1</source>
        <translation>Le projet a été exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>A menu in File: Documents…, REFI-QDA Project…</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>A menu in File: Claims to CSV…, REFI-QDA Project…</extracomment>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixClaimList</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The column of the claims&apos; positions: numbers on the topic&apos;s scale</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Choose a cell to list its claims.</source>
        <translation>Choisissez une cellule pour en lister les déclarations.</translation>
    </message>
    <message>
        <source>No claims: %1.</source>
        <translation>Aucune déclaration&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixLegend</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mean position of the cell&apos;s claims, weighted by salience: magenta towards −100, green towards +100; hatched where no claim gives one</source>
        <translation>Position moyenne des déclarations de la cellule, pondérée par la saillance&#xa0;: magenta vers −100, vert vers +100&#xa0;; hachuré quand aucune déclaration n&apos;en donne</translation>
    </message>
    <message>
        <source>Number of claims in the cell; the darkest has %1</source>
        <translation>Nombre de déclarations dans la cellule&#xa0;; la plus foncée en compte %1</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>pas de position</translation>
    </message>
</context>
<context>
    <name>demarche::MatrixView</name>
    <message>
        <source>Number of claims</source>
        <translation>Nombre de déclarations</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Position moyenne</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>Colorer &amp;selon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>Agréger les &amp;membres</translation>
    </message>
    <message>
        <source>Count a member&apos;s claims in its parent&apos;s row as well: a minister&apos;s claims also count for his state</source>
        <translation>Compter aussi les déclarations d&apos;un membre dans la ligne de son parent&#xa0;: les déclarations d&apos;un ministre comptent aussi pour son État</translation>
    </message>
    <message>
        <source>&amp;Compare selected actors</source>
        <translation>&amp;Comparer les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Select two actors by clicking their names (Ctrl+click the second), then compare their positions topic by topic</source>
        <translation>Sélectionnez deux acteurs en cliquant sur leur nom (Ctrl+clic pour le second), puis comparez leurs positions thème par thème</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>Chart the current cell&apos;s actor on its topic by publication date</source>
        <translation>Tracer l&apos;évolution de l&apos;acteur de la cellule courante sur son thème, par date de publication</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write every cell of the matrix to a CSV file</source>
        <translation>Écrire chaque cellule de la matrice dans un fichier CSV</translation>
    </message>
    <message>
        <source>%1 matrix.csv</source>
        <comment>file name</comment>
        <translation>%1 matrice.csv</translation>
    </message>
    <message>
        <source>Export Matrix to CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Comment ajouter des acteurs et des thèmes</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook, and tag their claims: each cell counts what an actor says on a topic.</source>
        <translation>Aucun acteur pour l&apos;instant. Ajoutez les acteurs que vous suivez dans la grille de codage, et étiquetez leurs déclarations&#xa0;: chaque cellule compte ce qu&apos;un acteur dit sur un thème.</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to give the matrix its columns.</source>
        <translation>Aucun thème pour l&apos;instant. Ajoutez des thèmes dans la grille de codage pour donner ses colonnes à la matrice.</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; it is counted here at once.</source>
        <translation>Aucune déclaration pour l&apos;instant. Sélectionnez un passage dans un article et appuyez sur T pour l&apos;étiqueter&#xa0;; il est compté ici aussitôt.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Comment étiqueter une déclaration</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>The matrix could not be exported to %1.</source>
        <translation>La matrice n&apos;a pas pu être exportée vers %1.</translation>
    </message>
</context>
<context>
    <name>demarche::MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>There is no other entry to merge into.</source>
        <translation>Il n&apos;y a aucune autre entrée avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>No claim uses “%1”; it is deleted.</source>
        <translation>Aucune déclaration n&apos;utilise «&#xa0;%1&#xa0;»&#xa0;; l&apos;entrée est supprimée.</translation>
    </message>
    <message>
        <source>The one claim of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>L&apos;unique déclaration de «&#xa0;%1&#xa0;» sera transférée vers «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» sera ensuite supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>
            <numerusform>%n déclaration de «&#xa0;%1&#xa0;» sera transférée vers «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» sera ensuite supprimé.</numerusform>
            <numerusform>Les %n déclarations de «&#xa0;%1&#xa0;» seront transférées vers «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» sera ensuite supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its sub-entries move under “%1”.</source>
        <translation>Ses sous-entrées passent sous «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkTopicFilter</name>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>Aucun thème pour l&apos;instant</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Count only claims on the topics ticked here, each with its sub-topics</source>
        <translation>Ne compter que les déclarations sur les thèmes cochés ici, chacun avec ses sous-thèmes</translation>
    </message>
</context>
<context>
    <name>demarche::NetworkView</name>
    <message>
        <source>Congruence links actors who take similar positions on the same topics, conflict those who take opposite ones; affiliation links actors to the topics they speak on</source>
        <translation>La congruence lie les acteurs qui prennent des positions proches sur les mêmes thèmes, le conflit ceux qui prennent des positions opposées&#xa0;; l&apos;affiliation lie les acteurs aux thèmes sur lesquels ils s&apos;expriment</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Ré&amp;seau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roll up members</source>
        <translation>Agréger les &amp;membres</translation>
    </message>
    <message>
        <source>Count the claims of an actor&apos;s members (a minister for his state) as its own</source>
        <translation>Compter les déclarations des membres d&apos;un acteur (un ministre pour son État) comme les siennes</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Réorganiser</translation>
    </message>
    <message>
        <source>Forget where nodes were dragged and arrange the network afresh</source>
        <translation>Oublier où les nœuds ont été déplacés et réorganiser le réseau</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Show the whole network; Ctrl+wheel zooms</source>
        <translation>Afficher tout le réseau&#xa0;; Ctrl+molette pour zoomer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Save the drawing as an image, or the network for Gephi or visone</source>
        <translation>Enregistrer le dessin en image, ou le réseau pour Gephi ou visone</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <source>GraphML for Gephi or visone…</source>
        <translation>GraphML pour Gephi ou visone…</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Dessin du réseau</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see who agrees with whom.</source>
        <translation>Aucun acteur pour l&apos;instant. Ajoutez les acteurs que vous suivez dans la grille de codage et étiquetez leurs déclarations pour voir qui s&apos;accorde avec qui.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Comment ajouter des acteurs et des thèmes</translation>
    </message>
    <message>
        <source>The network cannot be counted: %1</source>
        <translation>Le réseau ne peut pas être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in an article and press T to tag it; the actors who made claims appear here.</source>
        <translation>Aucune déclaration pour l&apos;instant. Sélectionnez un passage dans un article et appuyez sur T pour l&apos;étiqueter&#xa0;; les acteurs qui ont fait des déclarations apparaissent ici.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Comment étiqueter une déclaration</translation>
    </message>
    <message>
        <source>No claims on the chosen topics in the chosen documents and stances.</source>
        <translation>Aucune déclaration sur les thèmes choisis dans les documents et les postures choisis.</translation>
    </message>
    <message>
        <source>About the network</source>
        <translation>À propos du réseau</translation>
    </message>
    <message>
        <source>No edges: no two actors have taken a position on the same topic yet. An edge needs claims with a position by both actors on a topic.</source>
        <translation>Aucun lien&#xa0;: aucun couple d&apos;acteurs n&apos;a encore pris position sur un même thème. Un lien nécessite des déclarations avec une position des deux acteurs sur un thème.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a node to move it; it stays where you put it.</source>
        <translation>Faites glisser un nœud pour le déplacer&#xa0;; il reste où vous le posez.</translation>
    </message>
    <message>
        <source>%1 network of %2</source>
        <comment>kind, project</comment>
        <translation>Réseau «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>Export Network as PNG</source>
        <translation>Exporter le réseau en PNG</translation>
    </message>
    <message>
        <source>%1 %2 network.png</source>
        <comment>file name: project, kind</comment>
        <translation>%1 réseau %2.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Images PNG (*.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Network as SVG</source>
        <translation>Exporter le réseau en SVG</translation>
    </message>
    <message>
        <source>%1 %2 network.svg</source>
        <comment>file name: project, kind</comment>
        <translation>%1 réseau %2.svg</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Dessins SVG (*.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Network as GraphML</source>
        <translation>Exporter le réseau en GraphML</translation>
    </message>
    <message>
        <source>%1 %2 network.graphml</source>
        <comment>file name: project, kind</comment>
        <translation>%1 réseau %2.graphml</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml);;All files (*)</source>
        <translation>Fichiers GraphML (*.graphml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Exporter le réseau</translation>
    </message>
    <message>
        <source>The network could not be exported to %1.</source>
        <translation>Le réseau n&apos;a pas pu être exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>demarche::PositionEditor</name>
    <message>
        <source>Set</source>
        <extracomment>A check box: the claim has a position on the topic&apos;s scale</extracomment>
        <translation>Définie</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Shown instead of the number when the claim has no position on the scale</extracomment>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Position set</source>
        <translation>Position définie</translation>
    </message>
    <message>
        <source>Clear to leave the claim without a position on the scale</source>
        <translation>Décocher pour laisser la déclaration sans position sur l&apos;échelle</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>The number from -100 to +100 on a topic&apos;s scale, not a place</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position value</source>
        <translation>Valeur de la position</translation>
    </message>
    <message>
        <source>The topic does not say what -100 and +100 mean; set its poles in the codebook</source>
        <translation>Le thème ne dit pas ce que signifient -100 et +100&#xa0;; définissez ses pôles dans la grille de codage</translation>
    </message>
    <message>
        <source>The holder&apos;s position on the topic&apos;s scale, from -100 to 100</source>
        <translation>La position de l&apos;auteur sur l&apos;échelle du thème, de -100 à 100</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>demarche::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>demarche::Project</name>
    <message>
        <source>%1 is open read-only; changes cannot be saved</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation>aucun document d&apos;identifiant %1 dans le projet</translation>
    </message>
</context>
<context>
    <name>demarche::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagController</name>
    <message>
        <source>The project is open read-only; claims cannot be added.</source>
        <translation>Le projet est ouvert en lecture seule&#xa0;; impossible d&apos;ajouter des déclarations.</translation>
    </message>
    <message>
        <source>Select the words of a claim first, then tag them.</source>
        <translation>Sélectionnez d&apos;abord les mots d&apos;une déclaration, puis étiquetez-les.</translation>
    </message>
    <message>
        <source>Claim added: %1 on %2</source>
        <translation>Déclaration ajoutée&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagDelegate</name>
    <message>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <source>suggested: “%1”</source>
        <translation>suggéré&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagModel</name>
    <message>
        <source>Suggested: the selection says “%1”</source>
        <translation>Suggestion&#xa0;: la sélection mentionne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Suggested: the sentence around the selection says “%1”</source>
        <translation>Suggestion&#xa0;: la phrase autour de la sélection mentionne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, suggéré</translation>
    </message>
    <message>
        <source>%1, suggested by the sentence</source>
        <translation>%1, suggéré par la phrase</translation>
    </message>
    <message>
        <source>%1, suggested for “%2”</source>
        <translation>%1, suggéré pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1, suggested for “%2” in the sentence</source>
        <translation>%1, suggéré pour «&#xa0;%2&#xa0;» dans la phrase</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>demarche::QuickTagPopup</name>
    <message>
        <source>Quick tag</source>
        <translation>Étiquetage rapide</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Créer l&apos;acteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create topic “%1”</source>
        <translation>Créer le thème «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>The stage of the quick-tag popup: choosing who holds the claim.</extracomment>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Filter actors, or press 1–9</source>
        <translation>Filtrer les acteurs, ou appuyer sur 1–9</translation>
    </message>
    <message>
        <source>Filter topics, or press 1–9</source>
        <translation>Filtrer les thèmes, ou appuyer sur 1–9</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filtrer les acteurs</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Filtrer les thèmes</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Esc to cancel</source>
        <translation>1–9 ou Entrée pour choisir · Échap pour annuler</translation>
    </message>
    <message>
        <source>1–9 or Enter to choose · Backspace to go back</source>
        <translation>1–9 ou Entrée pour choisir · Retour arrière pour revenir</translation>
    </message>
    <message>
        <source>No actors yet. Add an actor in the Codebook first, or type a name to create one.</source>
        <translation>Aucun acteur pour l&apos;instant. Ajoutez d&apos;abord un acteur dans la grille de codage, ou saisissez un nom pour le créer.</translation>
    </message>
    <message>
        <source>No topics yet. Add a topic in the Codebook first, or type a name to create one.</source>
        <translation>Aucun thème pour l&apos;instant. Ajoutez d&apos;abord un thème dans la grille de codage, ou saisissez un nom pour le créer.</translation>
    </message>
</context>
<context>
    <name>demarche::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>demarche::ScopeFilter</name>
    <message>
        <source>Count only claims of these stances</source>
        <translation>Ne compter que les déclarations de ces postures</translation>
    </message>
    <message>
        <source>Count only claims in the documents ticked here</source>
        <translation>Ne compter que les déclarations des documents cochés ici</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Chosen documents</source>
        <translation>Documents choisis</translation>
    </message>
    <message>
        <source>Which documents&apos; claims count</source>
        <translation>Documents dont les déclarations comptent</translation>
    </message>
    <message>
        <source>Published on or after; undated documents are left out</source>
        <translation>Publiés à cette date ou après&#xa0;; les documents sans date sont exclus</translation>
    </message>
    <message>
        <source>Published on or before; undated documents are left out</source>
        <translation>Publiés à cette date ou avant&#xa0;; les documents sans date sont exclus</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Toutes les postures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Aucun document pour l&apos;instant</translation>
    </message>
    <message>
        <source>Stances: %1</source>
        <translation>Postures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Choisir les documents…</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu or place</source>
        <translation>Menu ou emplacement</translation>
    </message>
</context>
<context>
    <name>demarche::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Filtrer par action, touche ou menu</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineChart</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Mean position</source>
        <translation>Position moyenne</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>The axis of the number of claims per period</extracomment>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <comment>ISO week number, its year, first and last day</comment>
        <translation>Semaine %1 de %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1: mean position</source>
        <translation>%1&#xa0;: position moyenne</translation>
    </message>
    <message>
        <source>%1: claims</source>
        <translation>%1&#xa0;: déclarations</translation>
    </message>
</context>
<context>
    <name>demarche::TimelineView</name>
    <message>
        <source>The actor whose positions are plotted</source>
        <translation>L&apos;acteur dont les positions sont tracées</translation>
    </message>
    <message>
        <source>The topic the positions are on</source>
        <translation>Le thème sur lequel portent les positions</translation>
    </message>
    <message>
        <source>Include &amp;members</source>
        <translation>Inclure les &amp;membres</translation>
    </message>
    <message>
        <source>Count the claims of the actor&apos;s members (a minister for his state) as the actor&apos;s own</source>
        <translation>Compter les déclarations des membres de l&apos;acteur (un ministre pour son État) comme celles de l&apos;acteur</translation>
    </message>
    <message>
        <source>Include &amp;sub-topics</source>
        <translation>Inclure les &amp;sous-thèmes</translation>
    </message>
    <message>
        <source>Count claims on the topics under the chosen one</source>
        <translation>Compter les déclarations sur les thèmes placés sous le thème choisi</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>A second actor, drawn dashed on the same chart</source>
        <translation>Un second acteur, tracé en pointillés sur le même graphique</translation>
    </message>
    <message>
        <source>Group the claims by publication date, by week (ISO weeks, Monday to Sunday), month, quarter or year</source>
        <translation>Regrouper les déclarations par date de publication, par semaine (semaines ISO, du lundi au dimanche), par mois, par trimestre ou par année</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>A&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>No actors yet. Add the actors you follow in the Codebook and tag their claims to see their positions over time.</source>
        <translation>Aucun acteur pour l&apos;instant. Ajoutez les acteurs que vous suivez dans la grille de codage et étiquetez leurs déclarations pour voir l&apos;évolution de leurs positions.</translation>
    </message>
    <message>
        <source>How to add actors and topics</source>
        <translation>Comment ajouter des acteurs et des thèmes</translation>
    </message>
    <message>
        <source>No topics yet. Add topics in the Codebook to follow positions on them over time.</source>
        <translation>Aucun thème pour l&apos;instant. Ajoutez des thèmes dans la grille de codage pour y suivre l&apos;évolution des positions.</translation>
    </message>
    <message>
        <source>Choose an actor and a topic.</source>
        <translation>Choisissez un acteur et un thème.</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>Les déclarations ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not plotted: %n claim(s) in articles without a publication date.</source>
        <translation>
            <numerusform>Non représentée&#xa0;: %n déclaration dans des articles sans date de publication.</numerusform>
            <numerusform>Non représentées&#xa0;: %n déclarations dans des articles sans date de publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims by %1 on %2 yet.</source>
        <translation>Aucune déclaration de %1 sur %2 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>How to tag a claim</source>
        <translation>Comment étiqueter une déclaration</translation>
    </message>
    <message>
        <source>How to date an article</source>
        <translation>Comment dater un article</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <comment>two actors on a topic</comment>
        <translation>%1 et %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no claims</source>
        <comment>actor</comment>
        <translation>%1&#xa0;: aucune déclaration</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean position %2 from %n claim(s)</source>
        <translation>
            <numerusform>%1&#xa0;: position moyenne %2 sur %n déclaration</numerusform>
            <numerusform>%1&#xa0;: position moyenne %2 sur %n déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s), none with a position</source>
        <translation>
            <numerusform>%1&#xa0;: %n déclaration, sans position</numerusform>
            <numerusform>%1&#xa0;: %n déclarations, aucune avec une position</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated claims by %1 on %2 yet. Claims count once their article has a publication date (Edit ▸ Document Properties…).</source>
        <translation>Aucune déclaration datée de %1 sur %2 pour l&apos;instant. Une déclaration est prise en compte dès que son article a une date de publication (Édition ▸ Propriétés du document…).</translation>
    </message>
    <message numerus="yes">
        <source>%n publication date(s)</source>
        <translation>
            <numerusform>%n date de publication</numerusform>
            <numerusform>%n dates de publication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::TopicScaleDialog</name>
    <message>
        <source>Scale of “%1”</source>
        <translation>Échelle de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. full Ukrainian sovereignty over all its territory</source>
        <translation>p. ex. pleine souveraineté ukrainienne sur l&apos;ensemble de son territoire</translation>
    </message>
    <message>
        <source>e.g. Russian control of the annexed regions</source>
        <translation>p. ex. contrôle russe des régions annexées</translation>
    </message>
    <message>
        <source>Optional: how to score, what counts as 0</source>
        <translation>Facultatif&#xa0;: comment noter, ce qui correspond à 0</translation>
    </message>
    <message>
        <source>+100 m&amp;eans:</source>
        <translation>+100 s&amp;ignifie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How to score:</source>
        <translation>&amp;Comment noter&#xa0;:</translation>
    </message>
    <message>
        <source>What a position of −100 and of +100 means on “%1”. Positions in between are read against these two ends.</source>
        <translation>Ce que signifie une position de −100 et de +100 pour «&#xa0;%1&#xa0;». Les positions intermédiaires se lisent par rapport à ces deux extrémités.</translation>
    </message>
    <message>
        <source>−100 &amp;means:</source>
        <translation>−100 &amp;signifie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>demarche::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <extracomment>Go back to the section read before.</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Demarche User Guide</source>
        <translation>Guide de l&apos;utilisateur de Demarche</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Top of the guide</source>
        <translation>Haut du guide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>demarche::ViewTabs</name>
    <message>
        <source>Workbench</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Read the articles and tag the claims (Ctrl+1)</source>
        <translation>Lire les articles et étiqueter les déclarations (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Two actors&apos; positions side by side, topic by topic (Ctrl+2)</source>
        <translation>Les positions de deux acteurs côte à côte, thème par thème (Ctrl+2)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Every actor against every topic (Ctrl+3)</source>
        <translation>Chaque acteur face à chaque thème (Ctrl+3)</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>One or two actors&apos; positions on a topic over time, by period (Ctrl+4)</source>
        <translation>Les positions d&apos;un ou deux acteurs sur un thème au fil du temps, par période (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>&amp;Compare Actors</source>
        <translation>&amp;Comparer les acteurs</translation>
    </message>
    <message>
        <source>Actor × Topic &amp;Matrix</source>
        <translation>&amp;Matrice acteurs × thèmes</translation>
    </message>
    <message>
        <source>Position &amp;Over Time</source>
        <translation>É&amp;volution des positions</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Who agrees with whom: actors linked by their positions on shared topics (Ctrl+5)</source>
        <translation>Qui s&apos;accorde avec qui&#xa0;: les acteurs liés par leurs positions sur des thèmes communs (Ctrl+5)</translation>
    </message>
    <message>
        <source>Actor &amp;Network</source>
        <translation>Rés&amp;eau d&apos;acteurs</translation>
    </message>
</context>
<context>
    <name>demarche::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Demarche</source>
        <translation>Demarche</translation>
    </message>
    <message>
        <source>Highlight what actors claim in articles, tag it by actor and topic, and see their positions side by side.</source>
        <translation>Surlignez ce que déclarent les acteurs dans les articles, étiquetez-le par acteur et par thème, et comparez leurs positions côte à côte.</translation>
    </message>
    <message>
        <source>Start an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Open a .demarche project file</source>
        <translation>Ouvrir un fichier de projet .demarche</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Three short articles with actors, topics and claims, to try every view</source>
        <translation>Trois courts articles avec des acteurs, des thèmes et des déclarations, pour essayer chaque vue</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Ouvrir le projet d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>New to Demarche? Read the user guide</source>
        <translation>Nouveau dans Demarche&#xa0;? Lisez le guide de l&apos;utilisateur</translation>
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
        <translation>Surlignez, étiquetez et comparez les positions des acteurs.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Le projet à ouvrir.</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>Ouvrir le projet d&apos;exemple.</translation>
    </message>
    <message>
        <source>Palette: system, light or dark.</source>
        <translation>Palette&#xa0;: system, light ou dark.</translation>
    </message>
</context>
</TS>
