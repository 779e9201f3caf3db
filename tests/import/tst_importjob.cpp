// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/importjob.h"
#include "app/core/import/json/jsonreader.h"
#include "tests/import/minimaljson.h"
#include "tests/support/synthetic.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// runImport() (all or nothing, Add and Replace, JSON and CSV in one set) and ImportJob (the same on a
// worker thread, with progress and cancel).

class TestImportJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_big; // a dataset big enough to take a while

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    at::ImportRequest replaceWithMinimal()
    {
        at::ImportRequest request;
        request.files = {write(u"minimal.json"_s, minimalJson())};
        request.mode = at::ImportMode::Replace;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        at::SyntheticSpec spec;
        spec.events = 200000;
        QFile f(m_dir.filePath(u"big.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(at::writeSyntheticDatasetJson(spec, &f));
        m_big = f.fileName();
    }

    void addAndReplace()
    {
        const auto embedded = at::readEmbeddedDataset();
        QVERIFY(embedded.hasValue());
        const QString events =
            write(u"events.csv"_s, "id,start,end,kind,status,parties,title,summary,source,paragraph\n"
                                   "my-event,2012-01-16,,launch,confirmed,sina,Mine,,ft-msn-sina,2\n");
        at::ImportRequest request;
        request.files = {events};
        request.base = *embedded;
        request.mode = at::ImportMode::Add;
        at::ImportResult r = at::runImport(request);
        QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
        QCOMPARE(r.dataset->events.size(), (*embedded)->events.size() + 1);
        QCOMPARE(r.added.events, 1);
        QCOMPARE(r.added.entities, 0);
        QCOMPARE(r.origin, u"events.csv"_s);
        QCOMPARE(r.summary(), u"Read 1 event from events.csv."_s);
        // Replace: the table alone names entities and a source that are not there.
        request.mode = at::ImportMode::Replace;
        r = at::runImport(request);
        QVERIFY(!r.ok());
        QCOMPARE(at::toStrings(r.errors),
                 (QStringList{events + u":2:39: error: parties: unknown entity \"sina\""_s,
                              events + u":2:50: error: source: unknown source \"ft-msn-sina\""_s}));
    }

    void jsonAndCsvInOneSet()
    {
        // The JSON dataset first, then tables that name its records; then nothing when one file is bad.
        const QString json = write(u"minimal.json"_s, minimalJson());
        const QString quotes =
            write(u"quotes.csv"_s,
                  "id,speaker,role,organisation,text,paraphrase,date,source,paragraph,events,entities\n"
                  "q2,Y,,,More words,true,2011-07,s1,2,e1;e2,b\n");
        at::ImportRequest request;
        request.files = {quotes, json};
        request.mode = at::ImportMode::Replace;
        const at::ImportResult r = at::runImport(request);
        QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
        QCOMPARE(r.dataset->quotes.size(), 2);
        QCOMPARE(r.added.quotes, 2);
        QCOMPARE(r.added.events, 2);
        QCOMPARE(r.origin, u"2 files"_s);
        QCOMPARE(r.summary(),
                 u"Read 2 events, 1 series point, 2 quotes, 2 entities, 1 source, 1 market from 2 files."_s);

        const QString bad = write(u"bad.json"_s, "{}");
        request.files = {json, quotes, bad};
        const at::ImportResult none = at::runImport(request);
        QVERIFY(!none.ok());
        QCOMPARE(none.errors.size(), 8); // the six arrays, format and version of bad.json
        QCOMPARE(none.errors[0].toString(), bad + u": error: missing key \"format\""_s);
    }

    void noFiles()
    {
        QCOMPARE(at::toStrings(at::runImport(at::ImportRequest{}).errors),
                 QStringList{u": error: no files to import"_s});
    }

    void jobFinishesOnItsThreadWithTheResult()
    {
        at::ImportJob job(replaceWithMinimal());
        QSignalSpy finished(&job, &at::ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        QVERIFY(job.result().ok());
        QCOMPARE(job.result().dataset->events.size(), size_t(2));
        QCOMPARE(job.progress(), 1.0);
    }

    // Cancel pressed after the read ended but before finished() came: cancelled all the same, as the
    // dialog said ("Cancelling…"), and nothing is handed over.
    void aCancelJustAfterTheReadStillCancels()
    {
        at::ImportJob job(replaceWithMinimal());
        QSignalSpy finished(&job, &at::ImportJob::finished);
        job.start();
        while (job.isRunning()) // no event loop: finished() stays queued
            QThread::msleep(1);
        QVERIFY(finished.isEmpty());
        job.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.result().ok());
        QVERIFY(job.result().errors.isEmpty());
    }

    void progressGrowsAndCancelLeavesNothing()
    {
        at::ImportRequest request;
        request.files = {m_big};
        request.mode = at::ImportMode::Replace;
        // Uncancelled: the progress only grows, and ends at 1.
        {
            at::ImportJob job(request);
            QSignalSpy finished(&job, &at::ImportJob::finished);
            job.start();
            double last = 0;
            while (finished.isEmpty()) {
                const double p = job.progress();
                QVERIFY(p >= last && p <= 1.0);
                last = p;
                finished.wait(5);
            }
            QVERIFY2(job.result().ok(), qPrintable(at::toStrings(job.result().errors).join(u'\n')));
            QCOMPARE(job.result().dataset->events.size(), size_t(200000));
            QCOMPARE(job.progress(), 1.0);
        }
        // Cancelled at once: no dataset, no errors, marked cancelled.
        at::ImportJob job(request);
        QSignalSpy finished(&job, &at::ImportJob::finished);
        job.start();
        job.cancel();
        QVERIFY(job.isCancelRequested());
        QVERIFY(finished.wait(20000));
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.result().ok());
        QVERIFY(job.result().errors.isEmpty());
        // Destroying a running job cancels it and waits.
        auto *running = new at::ImportJob(request);
        running->start();
        delete running;
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
