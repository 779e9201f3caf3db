// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Datasets named on the command line of the window: the window is up with the embedded dataset at once,
// the files are read on a worker thread while it keeps handling events, and only a complete, good read
// replaces what it shows; Cancel and problems leave the embedded dataset.
#include "app/core/document.h"
#include "app/core/settings.h"
#include "tests/import/minimaljson.h"
#include "tests/support/synthetic.h"
#include "ui/application/application.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importdialog.h"
#include "ui/import/importerrorsdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

#define VERIFY_EMBEDDED_SHOWN(session)                                                                       \
    do {                                                                                                     \
        verifyEmbeddedShown(session);                                                                        \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestOpenDataset : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_large;
    static constexpr int largeEvents = 100000;
    static constexpr int embeddedEvents = 27;
    const QString embeddedOrigin = u"Embedded dataset 2010–2013"_s;

    // The window as the user sees it with the embedded dataset: shown, titled, every event there.
    // (VERIFY_EMBEDDED_SHOWN ends the test at the first difference.)
    void verifyEmbeddedShown(at::AppSession &session)
    {
        QVERIFY(session.window()->isVisible());
        QCOMPARE(events(session), qsizetype(embeddedEvents));
        QCOMPARE(session.document().origin(), embeddedOrigin);
        QCOMPARE(session.window()->windowTitle(), embeddedOrigin);
    }
    // Drops `paths` onto the window as a file manager does.
    static bool drop(QWidget *window, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &dropped);
        return dropped.isAccepted();
    }

    std::unique_ptr<at::AppSession> startSession()
    {
        auto session = std::make_unique<at::AppSession>(
            std::make_unique<at::Settings>(m_dir.filePath(u"settings.ini"_s)));
        if (!session->start(m_dir.filePath(u"workspace.atws"_s)))
            return nullptr;
        session->window()->show();
        return session;
    }
    static qsizetype events(at::AppSession &session)
    {
        return qsizetype(session.document().dataset().events.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_large = m_dir.filePath(u"large.json"_s);
        at::SyntheticSpec spec;
        spec.events = largeEvents;
        QFile file(m_large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(at::writeSyntheticDatasetJson(spec, &file, &error), qPrintable(error));
    }

    // openDataset() returns at once and the read goes on while the window's event loop runs.
    void aLargeFileIsReadWhileTheWindowLives()
    {
        auto session = startSession();
        QVERIFY(session);
        const qsizetype embedded = events(*session);
        QVERIFY(embedded > 0);
        at::ImportController *importer = session->window()->importer();
        QVERIFY(session->openDataset({m_large}));
        QVERIFY(importer->isBusy());
        QCOMPARE(events(*session), embedded);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 120000);
        QVERIFY(ticks > 0);
        QVERIFY2(importer->lastResult().ok(),
                 qPrintable(at::toStrings(importer->lastResult().errors).join(u'\n')));
        QCOMPARE(events(*session), qsizetype(largeEvents));
        QCOMPARE(session->document().origin(), m_large);
    }

    void cancelKeepsTheEmbeddedDataset()
    {
        auto session = startSession();
        QVERIFY(session);
        VERIFY_EMBEDDED_SHOWN(*session);
        at::ImportController *importer = session->window()->importer();
        QVERIFY(session->openDataset({m_large}));
        importer->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 120000);
        QVERIFY(importer->lastResult().cancelled);
        VERIFY_EMBEDDED_SHOWN(*session);
    }

    // The file of the command line is still being read: the window is up with the embedded dataset, the
    // progress dialog says what it reads, and its Cancel brings back the embedded dataset with nothing
    // else changed. (The file is a pipe that the test writes only after Cancel, so that the read is in
    // progress for as long as the test needs, on a fast machine or a slow one.)
    void startUpProgressAndCancel()
    {
        const QString pipe = m_dir.filePath(u"slow.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        auto session = startSession();
        QVERIFY(session);
        at::ImportController *importer = session->window()->importer();
        // Whatever happens below, the reader gets its end of file before the session (and the job's
        // thread) is destroyed, so that a failing test fails rather than hangs.
        const auto unblock = qScopeGuard([&] {
            for (int i = 0; i < 1000 && importer->isBusy(); ++i) {
                const int fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
                QTest::qWait(10);
            }
        });
        QVERIFY(session->openDataset({pipe}));
        QVERIFY(importer->isBusy());
        VERIFY_EMBEDDED_SHOWN(*session);
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = session->window()->findChild<QProgressDialog *>(u"importProgressDialog"_s)) &&
                    progress->isVisible());
        QCOMPARE(progress->labelText(), u"Reading slow.json…"_s);
        QVERIFY(!importer->importAction()->isEnabled());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(progress->labelText(), u"Cancelling…"_s);
        QVERIFY(importer->isBusy());
        VERIFY_EMBEDDED_SHOWN(*session); // the window is live and unchanged while the read stops

        QFile writer(pipe); // the reader is waiting for it: lets the read go on, and see the Cancel
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write(minimalJson());
        writer.close();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 60000);
        QVERIFY(importer->lastResult().cancelled);
        QVERIFY(!importer->lastResult().ok());
        VERIFY_EMBEDDED_SHOWN(*session);
        QVERIFY(importer->importAction()->isEnabled());
        QCOMPARE(session->window()->statusBar()->currentMessage(), u"Import cancelled; nothing changed."_s);
        QTRY_VERIFY(!session->window()->findChild<QProgressDialog *>(u"importProgressDialog"_s));
        QVERIFY(!session->window()->findChild<QDialog *>(u"importErrorsDialog"_s));
    }

    // A folder dropped onto the window: asked Add or Replace, then read as one dataset; a folder with a bad
    // table lists where it is bad and changes nothing; one with no dataset file is not taken.
    void aFolderDroppedOntoTheWindow()
    {
        auto session = startSession();
        QVERIFY(session);
        at::SyntheticSpec spec;
        spec.events = 9;
        const QString tables = m_dir.filePath(u"dropped"_s);
        QVERIFY(at::writeSyntheticDatasetCsvFiles(spec, tables));
        at::ImportController *importer = session->window()->importer();
        QVERIFY(drop(session->window(), {tables}));
        at::ImportDialog *question = nullptr;
        QTRY_VERIFY((question = session->window()->findChild<at::ImportDialog *>(u"importDialog"_s)));
        question->findChild<QRadioButton *>(u"replace"_s)->setChecked(true);
        question->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 60000);
        QVERIFY2(importer->lastResult().ok(),
                 qPrintable(at::toStrings(importer->lastResult().errors).join(u'\n')));
        QCOMPARE(events(*session), 9);
        QCOMPARE(session->document().origin(), u"5 files"_s);

        // A bad table: FILE:LINE:COLUMN, and the nine events stay.
        const QString bad = m_dir.filePath(u"dropped-bad"_s);
        QVERIFY(at::writeSyntheticDatasetCsvFiles(spec, bad));
        QFile entities(bad + u"/entities.csv"_s);
        QVERIFY(entities.open(QIODevice::Append));
        entities.write("late-comer,Late Comer,迟到者,,unknown-sector,\n"); // line 52, after 50 companies
        entities.close();
        QVERIFY(drop(session->window(), {bad}));
        QTRY_VERIFY((question = session->window()->findChild<at::ImportDialog *>(u"importDialog"_s)));
        question->findChild<QRadioButton *>(u"replace"_s)->setChecked(true);
        question->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 60000);
        QVERIFY(!importer->lastResult().ok());
        const QStringList errors = at::toStrings(importer->lastResult().errors);
        QCOMPARE(errors,
                 QStringList{bad + u"/entities.csv:52:28: error: sector: \"unknown-sector\" is not one of "
                                   u"instantMessaging, microblog, portal, search, eCommerce, telecom, "
                                   u"securitySoftware, socialNetwork"_s});
        at::ImportErrorsDialog *list = nullptr;
        QTRY_VERIFY((list = session->window()->findChild<at::ImportErrorsDialog *>(u"importErrorsDialog"_s)));
        QCOMPARE(list->text(), errors.constFirst());
        list->close();
        QCOMPARE(events(*session), 9);

        const QString empty = m_dir.filePath(u"dropped-empty"_s);
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(!drop(session->window(), {empty}));
    }

    // The problems are listed in the window; the document is what it was.
    void problemsKeepTheEmbeddedDataset()
    {
        auto session = startSession();
        QVERIFY(session);
        const qsizetype embedded = events(*session);
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": ");
        file.close();
        at::ImportController *importer = session->window()->importer();
        QVERIFY(session->openDataset({broken}));
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 60000);
        QVERIFY(!importer->lastResult().errors.isEmpty());
        QCOMPARE(importer->lastResult().errors.constFirst().file, broken);
        QCOMPARE(events(*session), embedded);
        QTRY_VERIFY(session->window()->findChild<QDialog *>(u"importErrorsDialog"_s));
    }

    // A folder stands for its dataset files; one without any is refused before anything is read.
    void foldersOfTables()
    {
        auto session = startSession();
        QVERIFY(session);
        at::SyntheticSpec spec;
        spec.events = 12;
        const QString tables = m_dir.filePath(u"tables"_s);
        QVERIFY(at::writeSyntheticDatasetCsvFiles(spec, tables));
        at::ImportController *importer = session->window()->importer();
        QVERIFY(session->openDataset({tables}));
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 60000);
        QVERIFY(importer->lastResult().ok());
        QCOMPARE(events(*session), 12);

        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        const auto refused = session->openDataset({empty});
        QVERIFY(!refused);
        QCOMPARE(at::toStrings(refused.error()),
                 QStringList{empty + u": error: the folder has no dataset files (.json or .csv) in it"_s});
        QVERIFY(!importer->isBusy());
        QCOMPARE(events(*session), 12);
    }
};

QTEST_MAIN(TestOpenDataset)
#include "tst_opendataset.moc"
