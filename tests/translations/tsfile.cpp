#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace {

void readMessage(QXmlStreamReader &xml, TsMessage &message)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = path + QStringLiteral(": ") + input.errorString();
        return file;
    }
    QXmlStreamReader xml(&input);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS"))
        file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                readMessage(xml, message);
                file.messages.append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        file.error = path + QStringLiteral(": ") + xml.errorString();
    return file;
}
