#include "tests/fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <cstdio>

// Replays tests/fuzz/corpus/<target>/ through the fuzz targets' entry points, built with the project's own
// compiler and flags (and sanitizers, in the asan preset): every seed and every input that once crashed a
// reader stays a regression test. A failed check aborts, which fails the test; the last file named on
// stdout is the one.
int main()
{
    const struct {
        const char *name;
        int (*entry)(const std::uint8_t *, std::size_t);
    } targets[]{{"fuzz_json_reader", at::fuzz::jsonReader},
                {"fuzz_csv_reader", at::fuzz::csvReader},
                {"fuzz_validator", at::fuzz::validator}};
    int failures = 0;
    for (const auto &t : targets) {
        const QDir dir(QStringLiteral(AT_SOURCE_DIR "/tests/fuzz/corpus/") + QLatin1StringView(t.name));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            std::printf("%s: no corpus in %s\n", t.name, qPrintable(dir.path()));
            ++failures;
            continue;
        }
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::printf("%s: cannot read %s\n", t.name, qPrintable(f.fileName()));
                ++failures;
                continue;
            }
            const QByteArray bytes = f.readAll();
            std::printf("%s %s\n", t.name, qPrintable(name));
            std::fflush(stdout);
            t.entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        }
        std::printf("%s: %lld inputs replayed\n", t.name, static_cast<long long>(files.size()));
    }
    return failures == 0 ? 0 : 1;
}
