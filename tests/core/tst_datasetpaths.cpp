// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// What a named folder stands for when a dataset is opened: its .json and .csv files, in name order, hidden
// and other files and subfolders left out; a folder without any is an error naming it.
#include "app/core/import/datasetpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatasetPaths : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString make(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) ? path : QString();
    }

private Q_SLOTS:
    void aFolderIsItsDatasetFiles()
    {
        QVERIFY(m_dir.isValid());
        const QString events = make(u"tables/events.csv"_s);
        const QString entities = make(u"tables/Entities.CSV"_s);
        const QString extra = make(u"tables/extra.json"_s);
        QVERIFY(!make(u"tables/README.txt"_s).isEmpty());
        QVERIFY(!make(u"tables/.hidden.csv"_s).isEmpty());
        QVERIFY(!make(u"tables/old/sources.csv"_s).isEmpty());
        const QString single = make(u"single.json"_s);
        const auto files = at::datasetFiles({single, m_dir.filePath(u"tables"_s), events});
        QVERIFY(files);
        // Name order within the folder (upper case first, as QDir sorts); events.csv is not read twice.
        QCOMPARE(*files, (QStringList{single, entities, events, extra}));
    }

    void aFolderWithoutDatasetFilesIsNamed()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(!make(u"empty/notes.txt"_s).isEmpty());
        const auto files = at::datasetFiles({make(u"a.json"_s), empty});
        QVERIFY(!files);
        QCOMPARE(at::toStrings(files.error()),
                 QStringList{empty + u": error: the folder has no dataset files (.json or .csv) in it"_s});
    }

    void aMissingFileIsLeftForTheReader()
    {
        const QString missing = m_dir.filePath(u"missing.json"_s);
        QCOMPARE(at::datasetFiles({missing}).value(), QStringList{missing});
    }
};

QTEST_GUILESS_MAIN(TestDatasetPaths)
#include "tst_datasetpaths.moc"
