// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/document.h"
#include "app/core/import/datasetimport.h"
#include "app/core/import/importjob.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/settings.h"
#include "tests/import/minimaljson.h"
#include "tests/support/synthetic.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importdialog.h"
#include "ui/import/importdrop.h"
#include "ui/import/importerrorsdialog.h"
#include "ui/import/importprogressdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

// The import as the window drives it: the controller replaces the document's dataset only after a whole
// good import, lists the problems otherwise, and leaves the document alone when cancelled; the Add or
// Replace question; dropped files.

namespace {

QMimeData *urls(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> list;
    for (const QString &p : paths)
        list << (p.startsWith(u"http") ? QUrl(p) : QUrl::fromLocalFile(p));
    mime->setUrls(list);
    return mime;
}

} // namespace

// A controller whose settings hold an import size limit of `cap` bytes.
struct CappedImport {
    QWidget window;
    at::Document document;
    at::Settings settings;
    at::ImportController controller;
    CappedImport(const QString &iniFile, qint64 cap)
        : settings(iniFile), controller(&document, &settings, &window)
    {
        settings.setValue(at::keys::importSizeCap, cap); // read at each import, not when made
    }
};

class TestImportUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    template <typename T> static T *visibleChild(QWidget *parent, const QString &name)
    {
        for (T *w : parent->findChildren<T *>(name)) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dropsTakeJsonAndCsvFilesOnly()
    {
        std::unique_ptr<QMimeData> good(urls({u"/data/a.json"_s, u"/data/b.CSV"_s}));
        QCOMPARE(at::ImportDropTarget::importableFiles(good.get()),
                 (QStringList{u"/data/a.json"_s, u"/data/b.CSV"_s}));
        std::unique_ptr<QMimeData> mixed(urls({u"/data/a.json"_s, u"/data/notes.txt"_s}));
        QVERIFY(at::ImportDropTarget::importableFiles(mixed.get()).isEmpty()); // all or nothing
        std::unique_ptr<QMimeData> remote(urls({u"https://example.com/a.json"_s}));
        QVERIFY(at::ImportDropTarget::importableFiles(remote.get()).isEmpty());
        QMimeData text;
        text.setText(u"/data/a.json"_s);
        QVERIFY(at::ImportDropTarget::importableFiles(&text).isEmpty());

        // Dropped onto the window: the paths reach the callback, and the drag is accepted.
        QWidget window;
        QStringList dropped;
        bool accepting = true;
        new at::ImportDropTarget(
            &window, [&] { return accepting; }, [&](const QStringList &files) { dropped = files; });
        QVERIFY(window.acceptDrops());
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, good.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, mixed.get(), Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, good.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(dropped, (QStringList{u"/data/a.json"_s, u"/data/b.CSV"_s}));

        // Onto a field inside that takes drops of its own: imported, not pasted. (Qt sends the drop to the
        // widget that accepted the drag's entry.)
        // File managers give the paths as text too, which a field takes.
        auto *field = new QLineEdit(&window);
        QVERIFY(field->acceptDrops());
        std::unique_ptr<QMimeData> files(urls({u"/data/a.json"_s, u"/data/b.CSV"_s}));
        files->setText(u"file:///data/a.json\nfile:///data/b.CSV"_s);
        dropped.clear();
        QDragEnterEvent enterField(QPoint(5, 5), Qt::CopyAction, files.get(), Qt::LeftButton, Qt::NoModifier);
        enterField.setAccepted(false);
        QCoreApplication::sendEvent(field, &enterField);
        QVERIFY(enterField.isAccepted());
        QDropEvent onField(QPointF(5, 5), Qt::CopyAction, files.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(field, &onField);
        QCOMPARE(dropped, (QStringList{u"/data/a.json"_s, u"/data/b.CSV"_s}));
        QCOMPARE(field->text(), QString());
        // Text is still the field's.
        QDragEnterEvent enterText(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(field, &enterText);
        QDropEvent textDrop(QPointF(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        dropped.clear();
        QCoreApplication::sendEvent(field, &textDrop);
        QVERIFY(dropped.isEmpty());
        QCOMPARE(field->text(), u"/data/a.json"_s);
        // A widget of another window is left alone.
        QLineEdit elsewhere;
        QDragEnterEvent enterOutside(QPoint(5, 5), Qt::CopyAction, good.get(), Qt::LeftButton,
                                     Qt::NoModifier);
        QCoreApplication::sendEvent(&elsewhere, &enterOutside);
        QDropEvent outside(QPointF(5, 5), Qt::CopyAction, good.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&elsewhere, &outside);
        QVERIFY(dropped.isEmpty());
        // While an import runs the drag is refused, instead of a drop that would be lost.
        accepting = false;
        QDragEnterEvent busy(QPoint(5, 5), Qt::CopyAction, good.get(), Qt::LeftButton, Qt::NoModifier);
        busy.setAccepted(false);
        QCoreApplication::sendEvent(&window, &busy);
        QVERIFY(!busy.isAccepted());
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(dropped.isEmpty());
    }

    // A dropped folder is its .json and .csv files; a folder without any refuses the drop.
    void foldersDropAsTheirDatasetFiles()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"drop/tables"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"drop/nothing"_s));
        const QString events = write(u"drop/tables/events.csv"_s, "id\n");
        const QString sources = write(u"drop/tables/sources.csv"_s, "id\n");
        write(u"drop/tables/notes.txt"_s, "x");
        write(u"drop/nothing/notes.txt"_s, "x");
        const QString extra = write(u"drop/extra.json"_s, "{}");
        std::unique_ptr<QMimeData> folder(urls({m_dir.filePath(u"drop/tables"_s), extra}));
        QCOMPARE(at::ImportDropTarget::importableFiles(folder.get()), (QStringList{events, sources, extra}));
        std::unique_ptr<QMimeData> nothing(urls({m_dir.filePath(u"drop/nothing"_s), extra}));
        QVERIFY(at::ImportDropTarget::importableFiles(nothing.get()).isEmpty());
    }

    void aGoodImportReplacesTheDocument()
    {
        QWidget window;
        at::Document document;
        at::ImportController controller(&document, nullptr, &window);
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        QSignalSpy replaced(&document, &at::Document::replaced);
        const QString path = write(u"minimal.json"_s, minimalJson());
        controller.importFiles({path}, at::ImportMode::Replace);
        QVERIFY(controller.isBusy());
        QVERIFY(!controller.importAction()->isEnabled()); // one import at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(
            finished.first().at(1).toString(),
            u"Read 2 events, 1 series point, 1 quote, 2 entities, 1 source, 1 market from minimal.json."_s);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(document.dataset().events.size(), size_t(2));
        QCOMPARE(document.origin(), path);
        QVERIFY(!controller.isBusy());
        QVERIFY(controller.importAction()->isEnabled());
        QCOMPARE(document.identity(), QFileInfo(path).absoluteFilePath());

        // The same file read again, named by another path, is the same data to the views.
        const QString current = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        controller.importFiles({u"./minimal.json"_s}, at::ImportMode::Replace);
        QVERIFY(finished.wait(10000));
        QCOMPARE(document.origin(), u"./minimal.json"_s);
        QCOMPARE(document.identity(), QFileInfo(path).absoluteFilePath());
        // Files are the same data in any order.
        QCOMPARE(at::importIdentity({u"b.csv"_s, m_dir.filePath(u"a.csv"_s)}),
                 at::importIdentity({m_dir.filePath(u"a.csv"_s), u"./b.csv"_s}));
        QCOMPARE(at::importIdentity({u"b.csv"_s, u"a.csv"_s}),
                 m_dir.filePath(u"a.csv"_s) + u'\n' + m_dir.filePath(u"b.csv"_s));
        QVERIFY(QDir::setCurrent(current));

        // Added on top, the origin says both, and the identity is another dataset's.
        QByteArray other = minimalJson();
        for (const char *id : {"s1", "a", "b", "e1", "e2", "b-users", "m1", "q1"})
            other.replace(QByteArray("\"" + QByteArray(id) + "\""),
                          QByteArray("\"y" + QByteArray(id) + "\""));
        controller.importFiles({write(u"other.json"_s, other)}, at::ImportMode::Add);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(document.dataset().events.size(), size_t(4));
        QCOMPARE(document.origin(), u"./minimal.json + other.json"_s);
        QCOMPARE(document.identity(),
                 QFileInfo(path).absoluteFilePath() + u"\n+\n"_s + m_dir.filePath(u"other.json"_s));
    }

    void problemsAreListedAndNothingChanges()
    {
        QWidget window;
        at::Document document;
        at::ImportController controller(&document, nullptr, &window);
        const auto before = document.sharedDataset();
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        QSignalSpy replaced(&document, &at::Document::replaced);
        QByteArray json = minimalJson();
        json.replace("\"title\": \"T1\"", "\"title\": \"T1\", \"<img src=x>\": 1");
        json.replace("\"2011-06-14\"", "\"2011-13-14\"");
        const QString path = write(u"bad.json"_s, json);
        controller.importFiles({path}, at::ImportMode::Replace);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), u"Nothing was imported."_s);
        QCOMPARE(replaced.size(), 0);
        QCOMPARE(document.sharedDataset(), before);

        auto *dialog = visibleChild<at::ImportErrorsDialog>(&window, u"importErrorsDialog"_s);
        QVERIFY(dialog);
        const QString expected =
            path + u": error: events[0]: unknown key \"<img src=x>\"\n"_s + path +
            u": error: events[0].start: \"2011-13-14\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s;
        QCOMPARE(dialog->text(), expected);
        // Shown as text, never as HTML.
        auto *heading = dialog->findChild<QLabel *>(u"heading"_s);
        QVERIFY(heading);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QCOMPARE(heading->text(),
                 u"The import found 2 problems, so nothing was imported and nothing changed."_s);
        dialog->copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), expected + u'\n');
        dialog->close();
    }

    void clashesSaySo()
    {
        QWidget window;
        at::Document document;
        const auto embedded = at::readEmbeddedDataset();
        QVERIFY(embedded.hasValue());
        document.setDataset(*embedded, u"embedded"_s);
        at::ImportController controller(&document, nullptr, &window);
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        const QString events = write(
            u"events.csv"_s, "id,start,end,kind,status,parties,title,summary,source,paragraph\n"
                             "sina-msn-alliance,2010-11-11,,alliance,confirmed,sina,T,S,ft-msn-sina,3\n");
        controller.importFiles({events}, at::ImportMode::Add);
        QVERIFY(finished.wait(10000));
        QCOMPARE(document.sharedDataset(), *embedded);
        auto *dialog = visibleChild<at::ImportErrorsDialog>(&window, u"importErrorsDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(u"heading"_s)->text(),
                 u"These ids are loaded already, so nothing was imported and nothing changed. Give them "
                 u"other ids, or "
                 "import with \"Replace\"."_s);
        dialog->close();
    }

    void theQuestionThenTheImport()
    {
        QWidget window;
        at::Document document;
        at::ImportController controller(&document, nullptr, &window);
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        controller.importFiles({write(u"minimal.json"_s, minimalJson())});
        auto *dialog = visibleChild<at::ImportDialog>(&window, u"importDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), at::ImportMode::Add); // the default
        dialog->setMode(at::ImportMode::Replace);
        dialog->accept();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(document.dataset().events.size(), size_t(2));
        // Cancelling the question imports nothing.
        controller.importFiles({write(u"minimal.json"_s, minimalJson())});
        dialog = visibleChild<at::ImportDialog>(&window, u"importDialog"_s);
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(!controller.isBusy());
        QVERIFY(!finished.wait(200));
    }

    void cancelLeavesTheDocument()
    {
        QWidget window;
        at::Document document;
        at::ImportController controller(&document, nullptr, &window);
        const auto before = document.sharedDataset();
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        at::SyntheticSpec spec;
        spec.events = 200000;
        QFile big(m_dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(at::writeSyntheticDatasetJson(spec, &big));
        big.close();
        controller.importFiles({big.fileName()}, at::ImportMode::Replace);
        controller.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), u"Import cancelled; nothing changed."_s);
        QCOMPARE(document.sharedDataset(), before);
        QVERIFY(!visibleChild<at::ImportErrorsDialog>(&window, u"importErrorsDialog"_s));
    }

    void theSizeCapComesFromTheSettings()
    {
        CappedImport capped(m_dir.filePath(u"settings.ini"_s), 100);
        QWidget &window = capped.window;
        at::ImportController &controller = capped.controller;
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        const QString path = write(u"minimal.json"_s, minimalJson());
        controller.importFiles({path}, at::ImportMode::Replace);
        QVERIFY(finished.wait(10000));
        auto *dialog = visibleChild<at::ImportErrorsDialog>(&window, u"importErrorsDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(
            dialog->text(),
            path +
                u": error: the file is %1 bytes, over the import size limit of 100 bytes; to open it, "
                u"raise \"Import size limit\" in Edit > Preferences, or start with --max-file-size 1M"_s.arg(
                    minimalJson().size()));
        // The end of the message, what to change, is in view: the list wraps long problems.
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"errors"_s)->lineWrapMode(),
                 QPlainTextEdit::WidgetWidth);
        dialog->close();
    }

    // --max-file-size holds for the run until the user sets the limit in Edit > Preferences, which its
    // refusal names: then the setting.
    void theCommandLineLimitHoldsUntilTheSettingChanges()
    {
        CappedImport capped(m_dir.filePath(u"override.ini"_s), 100);
        at::Settings &settings = capped.settings;
        at::ImportController &controller = capped.controller;
        controller.setSizeLimitOverride(qint64(10) << 20);
        QCOMPARE(controller.sizeLimit().bytes, qint64(10) << 20);
        QVERIFY(!controller.sizeLimit().automatic);
        settings.setValue(at::keys::importSizeCap, qint64(1) << 30);
        QCOMPARE(controller.sizeLimit().bytes, qint64(1) << 30);
        settings.setValue(at::keys::importSizeCap, qint64(0)); // Automatic
        QVERIFY(controller.sizeLimit().automatic);
        controller.setSizeLimitOverride(std::nullopt);
        QVERIFY(controller.sizeLimit().automatic);
    }

    // A file's name is shown as it is, in the question's tooltip and in the progress.
    void fileNamesAreShownAsWritten()
    {
        QWidget window;
        const QString path = m_dir.filePath(u"R&D <b>x.json"_s);
        at::ImportDialog dialog({path}, u"nothing"_s, &window);
        auto *list = dialog.findChild<QListWidget *>(u"files"_s);
        QVERIFY(list);
        QCOMPARE(list->item(0)->text(), u"R&D <b>x.json"_s);
        QCOMPARE(list->item(0)->toolTip(), Qt::convertFromPlainText(path, Qt::WhiteSpaceNormal));
        QVERIFY(list->item(0)->toolTip().contains(u"R&amp;D &lt;b&gt;x.json"_s));
        at::ImportRequest request;
        request.files = {path};
        at::ImportJob job(request); // not started
        at::ImportProgressDialog progress(&job, &window);
        const QList<QLabel *> labels = progress.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first()->textFormat(), Qt::PlainText);
        QCOMPARE(labels.first()->text(), u"Reading R&D <b>x.json…"_s);
    }

    void reloadingTheEmbeddedDataset()
    {
        QWidget window;
        at::Document document;
        at::ImportController controller(&document, nullptr, &window);
        QSignalSpy finished(&controller, &at::ImportController::importFinished);
        controller.reloadEmbeddedAction()->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), u"The embedded dataset is loaded again."_s);
        QVERIFY(document.dataset().eventIndex(u"sina-msn-alliance") >= 0);
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
