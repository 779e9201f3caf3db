// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Writes annotations in a loop through the store, for tst_annotationcrash, which kills it at random moments
// (a workspace file, or a team workspace on a PostgreSQL server by its postgresql:// address), and which runs
// many of them at once on one team workspace.
// Before each change it prints what it is about to do, and after the commit returned what it did:
//   "add <uuid>"                  saved a new annotation (text "v1 ...")
//   "edit? <uuid> <n>" / "edit <uuid> <n>"    about to save / saved text version n
//   "delete? <uuid>" / "delete <uuid>"        about to delete / deleted
// Usage: annotation_writer WORKSPACE [SEED [EDITS AUTHOR]]
// With EDITS it makes exactly that many changes, adds and edits of its own annotations only (those by
// AUTHOR; never a delete, so that the rows can be counted), and exits 0; without, it runs until killed.

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/annotations/workspacelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int versionOf(const QString &text)
{
    return text.section(u' ', 0, 0).mid(1).toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() == 4) {
        std::fprintf(stderr, "usage: annotation_writer WORKSPACE [SEED [EDITS AUTHOR]]\n");
        return 2;
    }
    QRandomGenerator random(args.size() > 2 ? args[2].toUInt() : QRandomGenerator::global()->generate());
    const int edits = args.size() > 4 ? args[3].toInt() : -1;
    const QString author = args.size() > 4 ? args[4] : u"writer"_s;
    AnnotationStore store;
    store.setBusyTimeout(10000);
    const auto opened = TeamLocation::isTeamUri(args[1]) ? openWorkspaceLocation(store, args[1])
                                                         : store.openOrCreate(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 3;
    }
    QElapsedTimer lifetime;
    lifetime.start();
    // The store never runs an event loop here, so it never re-reads the others' changes: it edits only
    // what it read at the start and what it saved itself.
    QList<Annotation> own;
    // A safety net should the test die first: the test never lets it run this long.
    for (int done = 0; lifetime.elapsed() < 60000 && done != edits; ++done) {
        int op = int(random.bounded(10));
        if (edits >= 0) {
            op = op < 5 ? 0 : 6; // half adds, half edits, never a delete
            own.clear();
            for (const Annotation &a : store.annotations())
                if (a.author == author)
                    own << a;
        }
        const QList<Annotation> &all = edits < 0 ? store.annotations() : own;
        Expected<void, StoreError> e;
        // Text of a few hundred bytes to a few kilobytes, so that commits touch one page or several (shorter
        // when many writers run at once, to keep that test quick).
        const QString filler(int(random.bounded(200, edits < 0 ? 6000 : 1000)),
                             QChar(u'a' + random.bounded(26)));
        if (op < 6 || all.size() < 3) {
            Annotation a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.target = AnnotationTarget::event(u"event-%1"_s.arg(random.bounded(30)));
            a.text = u"v1 "_s + filler;
            a.tags = {u"crash"_s, u"t%1"_s.arg(random.bounded(5))};
            a.author = author;
            a.created = currentTime();
            a.edited = a.created;
            e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
            if (e)
                say(u"add "_s + a.id);
        } else if (op < 9) {
            Annotation a = all[int(random.bounded(int(all.size())))];
            const QDateTime read = a.edited;
            const int version = versionOf(a.text) + 1;
            a.text = u"v%1 "_s.arg(version) + filler;
            a.edited = currentTime();
            say(u"edit? %1 %2"_s.arg(a.id).arg(version));
            e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Unchanged, read)});
            if (e)
                say(u"edit %1 %2"_s.arg(a.id).arg(version));
        } else {
            const Annotation victim = all[int(random.bounded(int(all.size())))];
            const QString id = victim.id;
            say(u"delete? "_s + id);
            e = store.write({AnnotationWrite::erase(id, victim.edited)});
            if (e)
                say(u"delete "_s + id);
        }
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().text()));
            return 4;
        }
    }
    return 0;
}
