// The document properties dialog: edits reach the store as one undoable command, an
// unchanged OK pushes nothing, and a document cannot lose its title.
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleheader.h"
#include "widgets/article/articleview.h"
#include "widgets/dialogs/documentpropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

class TestDocumentProperties final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    DocumentId m_document;

    Document stored() const
    {
        auto document = m_project->store().document(m_document);
        if (!document)
            qFatal("the document is gone: %s", qPrintable(document.error().message));
        return document.value();
    }

    static QStringList labelTexts(const QWidget &widget)
    {
        QStringList texts;
        const auto labels = widget.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible())
                texts.append(label->text());
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("t%1.demarche").arg(++m_projects)));
        QVERIFY(created);
        m_project = std::move(created).value();
        Document document;
        document.title = QStringLiteral("Ministers meet");
        document.source = QStringLiteral("TASS");
        document.fileName = QStringLiteral("meeting.html");
        document.format = QStringLiteral("html");
        document.text = QStringLiteral("Kyiv 👍 talks.");
        auto added = m_project->insertDocument(document, ProjectStore::Duplicates::Allow);
        QVERIFY(added);
        m_document = added->id;
    }

    void cleanup() { m_project.reset(); }

    void showsTheDocument()
    {
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Ministers meet"));
        QCOMPARE(dialog.sourceEdit()->text(), QStringLiteral("TASS"));
        QVERIFY(dialog.noDateBox()->isChecked());
        QVERIFY(!dialog.dateEdit()->isEnabled());
        const QStringList texts = labelTexts(dialog);
        QVERIFY(texts.contains(QStringLiteral("meeting.html")));
        QVERIFY(texts.contains(QStringLiteral("HTML")));
        QVERIFY2(texts.contains(QStringLiteral("13")), qPrintable(texts.join(u'|'))); // code points
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void editTitleAndDateThenUndo()
    {
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Lavrov meets Blinken"));
        QTest::mouseClick(dialog.noDateBox(), Qt::LeftButton);
        QVERIFY(dialog.dateEdit()->isEnabled());
        dialog.dateEdit()->setDate(QDate(2024, 3, 31));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(stored().title, QStringLiteral("Lavrov meets Blinken"));
        QCOMPARE(stored().date, QDate(2024, 3, 31));
        QCOMPARE(stored().source, QStringLiteral("TASS"));
        QCOMPARE(m_project->documentInfo(m_document)->title,
                 QStringLiteral("Lavrov meets Blinken"));
        QCOMPARE(m_project->undoStack()->count(), 1);

        m_project->undoStack()->undo();
        QCOMPARE(stored().title, QStringLiteral("Ministers meet"));
        QVERIFY(!stored().date.isValid());
        m_project->undoStack()->redo();
        QCOMPARE(stored().date, QDate(2024, 3, 31));
    }

    // The open article's header follows the edit, its undo and its redo at once.
    void articleHeaderFollowsTheEdit()
    {
        ArticleView view;
        view.setProject(m_project.get());
        m_project->selection().setCurrentDocument(m_document);
        view.show();
        const ArticleHeader *header = view.findChild<ArticleHeader *>();
        QVERIFY(header);
        QCOMPARE(header->title(), QStringLiteral("Ministers meet"));
        QCOMPARE(header->details(), QStringLiteral("TASS"));

        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        dialog.titleEdit()->selectAll();
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Lavrov meets Blinken"));
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("Reuters"));
        QTest::mouseClick(dialog.noDateBox(), Qt::LeftButton);
        dialog.dateEdit()->setDate(QDate(2024, 3, 31));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString dated = QStringLiteral("Reuters · ")
                              + QLocale().toString(QDate(2024, 3, 31), QLocale::LongFormat);
        QCOMPARE(header->title(), QStringLiteral("Lavrov meets Blinken"));
        QCOMPARE(header->details(), dated);
        m_project->undoStack()->undo();
        QCOMPARE(header->title(), QStringLiteral("Ministers meet"));
        QCOMPARE(header->details(), QStringLiteral("TASS"));
        m_project->undoStack()->redo();
        QCOMPARE(header->title(), QStringLiteral("Lavrov meets Blinken"));
        QCOMPARE(header->details(), dated);
        view.setProject(nullptr);
    }

    // However the cursor came into the date, a year typed there is the year stored.
    void typedYearTakes_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("clicked inside the year") << 0;
        QTest::newRow("everything selected") << 1;
        QTest::newRow("cursor at the start") << 2;
        QTest::newRow("year selected") << 3;
    }

    void typedYearTakes()
    {
        QFETCH(int, how);
        Document dated = *m_project->documentInfo(m_document);
        dated.date = QDate(2026, 12, 7);
        QVERIFY(m_project->changeDocument(dated));
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QDateEdit *date = dialog.dateEdit();
        auto *line = date->findChild<QLineEdit *>();
        QVERIFY(line);
        date->setFocus();
        switch (how) {
        case 0: {
            // Between "20" and "26".
            line->setCursorPosition(2);
            const QPoint between = line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
            line->setCursorPosition(line->text().size());
            QTest::mouseClick(line, Qt::LeftButton, {}, between);
            QCOMPARE(line->cursorPosition(), 2);
            break;
        }
        case 1:
            line->selectAll();
            break;
        case 2:
            QTest::keyClick(date, Qt::Key_Home);
            break;
        default:
            date->setSelectedSection(QDateTimeEdit::YearSection);
            break;
        }
        QTest::keyClicks(date, QStringLiteral("2023"));
        QCOMPARE(date->date(), QDate(2023, 12, 7));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(stored().date, QDate(2023, 12, 7));
    }

    // The date reads as the chosen language writes it, and follows a change of language.
    void dateFollowsTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.dateEdit()->setDate(QDate(2024, 3, 31));
        QCOMPARE(dialog.dateEdit()->displayFormat(), QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(dialog.dateEdit()->text(), QStringLiteral("31.03.2024"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.dateEdit()->text(), QStringLiteral("31/03/2024"));
        QCOMPARE(dialog.dateEdit()->date(), QDate(2024, 3, 31));
        QLocale::setDefault(before);
    }

    void clearingTheDateStoresNone()
    {
        Document dated = *m_project->documentInfo(m_document);
        dated.date = QDate(2023, 1, 2);
        QVERIFY(m_project->changeDocument(dated));
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        QCOMPARE(dialog.dateEdit()->date(), QDate(2023, 1, 2));
        QVERIFY(!dialog.noDateBox()->isChecked());
        dialog.noDateBox()->setChecked(true);
        dialog.accept();
        QVERIFY(!stored().date.isValid());
    }

    void unchangedOkPushesNothing()
    {
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_project->undoStack()->count(), 0);
    }

    void emptyTitleDisablesOk()
    {
        DocumentPropertiesDialog dialog(*m_project, m_document, nullptr);
        dialog.show();
        dialog.titleEdit()->selectAll();
        QTest::keyClick(dialog.titleEdit(), Qt::Key_Delete);
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("   "));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(labelTexts(dialog).contains(QStringLiteral("A document needs a title.")));
        dialog.accept(); // Enter or a stray call must not save it either
        QCOMPARE(m_project->undoStack()->count(), 0);
        QCOMPARE(stored().title, QStringLiteral("Ministers meet"));
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("T"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!labelTexts(dialog).contains(QStringLiteral("A document needs a title.")));
    }
};

QTEST_MAIN(TestDocumentProperties)
#include "tst_documentproperties.moc"
