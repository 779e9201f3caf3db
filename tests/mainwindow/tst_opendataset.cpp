// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Datasets named on the command line of the window: the window is up with the embedded dataset at once,
// the files are read on a worker thread while it keeps handling events, and only a complete, good read
// replaces what it shows; Cancel and problems leave the embedded dataset.
#include "app/core/document.h"
#include "app/core/settings.h"
#include "tests/support/synthetic.h"
#include "ui/application/application.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestOpenDataset : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_large;
    static constexpr int largeEvents = 100000;

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
        const qsizetype embedded = events(*session);
        at::ImportController *importer = session->window()->importer();
        QVERIFY(session->openDataset({m_large}));
        importer->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!importer->isBusy(), 120000);
        QVERIFY(importer->lastResult().cancelled);
        QCOMPARE(events(*session), embedded);
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
