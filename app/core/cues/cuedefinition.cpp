#include "core/cues/cuedefinition.h"

#include <QHash>
#include <QMap>
#include <QXmlStreamWriter>

#include <algorithm>
#include <vector>

namespace demarche {

namespace {

QString formatName(int group)
{
    return QLatin1Char('g') + QString::number(group);
}

QString classOf(const QString &characters)
{
    QString pattern;
    for (const QChar c : characters) {
        if (QStringLiteral("\\]^-[").contains(c))
            pattern += QLatin1Char('\\');
        pattern += c == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(c);
    }
    return pattern;
}

QString delimiters()
{
    return cueDefaultDelimiters() + cueAdditionalDelimiters();
}

void writeRule(QXmlStreamWriter &xml, const QString &element, const QString &attribute,
               const QString &context, const QString &string, bool insensitive)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("attribute"), attribute);
    xml.writeAttribute(QStringLiteral("context"), context);
    if (!string.isNull())
        xml.writeAttribute(QStringLiteral("String"), string);
    if (insensitive)
        xml.writeAttribute(QStringLiteral("insensitive"), QStringLiteral("true"));
}

// The terms starting with one key: phrases longest first, then single words by group.
struct Initial
{
    std::vector<const CueTerm *> phrases;
    QMap<int, QStringList> words; // group → words
};

void writeContext(QXmlStreamWriter &xml, const QString &name, const QString &lineEnd)
{
    xml.writeStartElement(QStringLiteral("context"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("attribute"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("lineEndContext"), lineEnd);
}

} // namespace

QByteArray cueDefinitionXml(const CueBook &book, const QString &name)
{
    QMap<char16_t, Initial> initials;
    for (const CueTerm &term : book.terms()) {
        Initial &initial = initials[cueInitialKey(term.text)];
        if (term.singleWord)
            initial.words[term.group].append(term.text);
        else
            initial.phrases.push_back(&term);
    }
    for (Initial &initial : initials) {
        std::stable_sort(
            initial.phrases.begin(), initial.phrases.end(),
            [](const CueTerm *a, const CueTerm *b) { return a->text.size() > b->text.size(); });
    }
    // A run of delimiters none of which can start a term, and a word.
    QString skippable = delimiters();
    for (auto it = initials.cbegin(); it != initials.cend(); ++it) {
        for (const QChar c : charactersWithInitialKey(it.key()))
            skippable.remove(c);
    }
    const QString space = QLatin1Char('[') + classOf(skippable) + QStringLiteral("]+");
    const QString word = QStringLiteral("[^") + classOf(delimiters()) + QStringLiteral("]+");
    const QString normal = QStringLiteral("Normal");
    const QString stay = QStringLiteral("#stay");
    const QString pop = QStringLiteral("#pop");

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE language>"));
    xml.writeStartElement(QStringLiteral("language"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("section"), QStringLiteral("Other"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("kateversion"), QStringLiteral("5.79"));
    xml.writeAttribute(QStringLiteral("extensions"), QString());
    xml.writeAttribute(QStringLiteral("casesensitive"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("highlighting"));

    int index = 0;
    QHash<char16_t, int> indexOf;
    for (auto it = initials.cbegin(); it != initials.cend(); ++it, ++index) {
        indexOf.insert(it.key(), index);
        for (auto words = it->words.cbegin(); words != it->words.cend(); ++words) {
            xml.writeStartElement(QStringLiteral("list"));
            xml.writeAttribute(QStringLiteral("name"),
                               QStringLiteral("%1-%2").arg(formatName(words.key())).arg(index));
            for (const QString &item : *words)
                xml.writeTextElement(QStringLiteral("item"), item);
            xml.writeEndElement();
        }
    }

    // The text context passes over delimiters and whole words at once; where a character
    // can start a term, it looks ahead into the context of the terms with that initial,
    // which tries them where the text is and goes back. A few rules run per word.
    xml.writeStartElement(QStringLiteral("contexts"));
    writeContext(xml, QStringLiteral("Text"), stay);
    if (!skippable.isEmpty())
        writeRule(xml, QStringLiteral("RegExpr"), normal, stay, space, false);
    for (auto it = initials.cbegin(); it != initials.cend(); ++it) {
        xml.writeEmptyElement(QStringLiteral("AnyChar"));
        xml.writeAttribute(QStringLiteral("String"), charactersWithInitialKey(it.key()));
        xml.writeAttribute(QStringLiteral("context"),
                           QStringLiteral("Initial%1").arg(indexOf.value(it.key())));
        xml.writeAttribute(QStringLiteral("lookAhead"), QStringLiteral("true"));
    }
    writeRule(xml, QStringLiteral("RegExpr"), normal, stay, word, false);
    xml.writeEndElement();

    for (auto it = initials.cbegin(); it != initials.cend(); ++it) {
        const int initial = indexOf.value(it.key());
        writeContext(xml, QStringLiteral("Initial%1").arg(initial), pop);
        for (const CueTerm *phrase : it->phrases)
            writeRule(xml, QStringLiteral("WordDetect"), formatName(phrase->group), pop,
                      phrase->text, true);
        for (auto words = it->words.cbegin(); words != it->words.cend(); ++words) {
            writeRule(xml, QStringLiteral("keyword"), formatName(words.key()), pop,
                      QStringLiteral("%1-%2").arg(formatName(words.key())).arg(initial), true);
        }
        writeRule(xml, QStringLiteral("RegExpr"), normal, pop, word, false);
        // A delimiter that starts no term here: step over it.
        writeRule(xml, QStringLiteral("RegExpr"), normal, pop, QStringLiteral("."), false);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // contexts

    xml.writeStartElement(QStringLiteral("itemDatas"));
    xml.writeEmptyElement(QStringLiteral("itemData"));
    xml.writeAttribute(QStringLiteral("name"), normal);
    xml.writeAttribute(QStringLiteral("defStyleNum"), QStringLiteral("dsNormal"));
    for (qsizetype group = 0; group < book.groups().size(); ++group) {
        xml.writeEmptyElement(QStringLiteral("itemData"));
        xml.writeAttribute(QStringLiteral("name"), formatName(int(group)));
        xml.writeAttribute(QStringLiteral("defStyleNum"), QStringLiteral("dsKeyword"));
    }
    xml.writeEndElement(); // itemDatas
    xml.writeEndElement(); // highlighting

    xml.writeStartElement(QStringLiteral("general"));
    xml.writeEmptyElement(QStringLiteral("keywords"));
    xml.writeAttribute(QStringLiteral("casesensitive"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("additionalDeliminator"), cueAdditionalDelimiters());
    xml.writeEndElement(); // general

    xml.writeEndElement(); // language
    xml.writeEndDocument();
    return out;
}

int cueGroupOfFormat(QStringView formatName)
{
    if (formatName.size() < 2 || formatName.front() != QLatin1Char('g'))
        return -1;
    bool ok = false;
    const int group = formatName.mid(1).toInt(&ok);
    return ok && group >= 0 ? group : -1;
}

} // namespace demarche
