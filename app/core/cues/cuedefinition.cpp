#include "core/cues/cuedefinition.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace demarche {

namespace {

QString formatName(int group)
{
    return QLatin1Char('g') + QString::number(group);
}

// A regular-expression class of every character that is not a delimiter.
QString wordPattern()
{
    QString pattern = QStringLiteral("[^");
    for (const QChar c : QString(cueDefaultDelimiters() + cueAdditionalDelimiters())) {
        if (QStringLiteral("\\]^-[").contains(c))
            pattern += QLatin1Char('\\');
        pattern += c == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(c);
    }
    return pattern + QStringLiteral("]+");
}

void writeRule(QXmlStreamWriter &xml, const QString &element, const QString &attribute,
               const QString &string, bool insensitive)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("attribute"), attribute);
    xml.writeAttribute(QStringLiteral("context"), QStringLiteral("#stay"));
    xml.writeAttribute(QStringLiteral("String"), string);
    if (insensitive)
        xml.writeAttribute(QStringLiteral("insensitive"), QStringLiteral("true"));
}

} // namespace

QByteArray cueDefinitionXml(const CueBook &book, const QString &name)
{
    QList<const CueTerm *> phrases;
    QList<QStringList> words(book.groups().size());
    for (const CueTerm &term : book.terms()) {
        if (term.singleWord)
            words[term.group].append(term.text);
        else
            phrases.append(&term);
    }
    std::stable_sort(phrases.begin(), phrases.end(), [](const CueTerm *a, const CueTerm *b) {
        return a->text.size() > b->text.size();
    });

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
    for (qsizetype group = 0; group < words.size(); ++group) {
        if (words[group].isEmpty())
            continue;
        xml.writeStartElement(QStringLiteral("list"));
        xml.writeAttribute(QStringLiteral("name"), formatName(int(group)));
        for (const QString &word : std::as_const(words[group]))
            xml.writeTextElement(QStringLiteral("item"), word);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("contexts"));
    xml.writeStartElement(QStringLiteral("context"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Text"));
    xml.writeAttribute(QStringLiteral("attribute"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("lineEndContext"), QStringLiteral("#stay"));
    for (const CueTerm *phrase : std::as_const(phrases))
        writeRule(xml, QStringLiteral("WordDetect"), formatName(phrase->group), phrase->text, true);
    for (qsizetype group = 0; group < words.size(); ++group) {
        if (!words[group].isEmpty()) {
            writeRule(xml, QStringLiteral("keyword"), formatName(int(group)),
                      formatName(int(group)), true);
        }
    }
    writeRule(xml, QStringLiteral("RegExpr"), QStringLiteral("Normal"), wordPattern(), false);
    xml.writeEndElement(); // context
    xml.writeEndElement(); // contexts

    xml.writeStartElement(QStringLiteral("itemDatas"));
    xml.writeEmptyElement(QStringLiteral("itemData"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
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
