// Where tokens live. The keychain half talks to the real Secret Service (run under dbus-run-session with an
// unlocked gnome-keyring); without one it fails, it does not skip. The file half must keep the secret owner-only.
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SecretStore::Kind)

namespace {
constexpr QFileDevice::Permissions everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString uniqueKey()
{
    return u"postscheduler-test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/account/1"_s;
}

int modeBits(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

// Sets the process umask for the scope: the store must not depend on a careful one.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_saved(::umask(mask)) {}
    ~Umask() { ::umask(m_saved); }
    Q_DISABLE_COPY_MOVE(Umask)

private:
    mode_t m_saved;
};
} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip();
    void keychainMissingKey();
    void fileRoundTrip();
    void fileMissing();
    void filePermissions_data();
    void filePermissions();
    void fileSecretNowhereElse();
    void kindFromName_data();
    void kindFromName();
    void defaultKind_data();
    void defaultKind();
};

void tst_SecretStore::keychainRoundTrip()
{
    KeychainSecretStore store;
    const QString key = uniqueKey();
    const QString secret = u"tok-%1-ünïcödé"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    const Status written = store.write(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    Result<QString> read = store.read(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), secret);

    const Status replaced = store.write(key, u"rotated"_s);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    read = store.read(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), u"rotated"_s);

    const Status removed = store.remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    read = store.read(key);
    QVERIFY(!read.ok());
    QVERIFY(!read.error().isEmpty());
    // Removing what is already gone is fine: removing an account twice must not fail.
    const Status again = store.remove(key);
    QVERIFY2(again.ok(), qPrintable(again.error()));
}

void tst_SecretStore::keychainMissingKey()
{
    KeychainSecretStore store;
    const Result<QString> read = store.read(uniqueKey());
    QVERIFY(!read.ok());
    QVERIFY(!read.error().isEmpty());
    // "Not stored" is a different problem from "no keychain", and says what to do about it.
    QVERIFY2(read.error().contains(u"add the account again"_s), qPrintable(read.error()));
}

void tst_SecretStore::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.json"_s);
    FileSecretStore store(path);
    QVERIFY(store.warning().contains(path));

    QVERIFY(store.write(u"db/account/1"_s, u"first-token"_s));
    QVERIFY(store.write(u"db/account/2"_s, u"second \"token\" ünï"_s));
    QCOMPARE(store.read(u"db/account/1"_s).value(), u"first-token"_s);
    QCOMPARE(store.read(u"db/account/2"_s).value(), u"second \"token\" ünï"_s);

    // A second store on the same file (the next start of the app) sees the same.
    FileSecretStore reopened(path);
    QCOMPARE(reopened.read(u"db/account/2"_s).value(), u"second \"token\" ünï"_s);

    QVERIFY(store.write(u"db/account/1"_s, u"rotated"_s));
    QCOMPARE(store.read(u"db/account/1"_s).value(), u"rotated"_s);

    QVERIFY(store.remove(u"db/account/1"_s));
    const Result<QString> gone = store.read(u"db/account/1"_s);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().contains(path), qPrintable(gone.error()));
    QCOMPARE(store.read(u"db/account/2"_s).value(), u"second \"token\" ünï"_s);
    QVERIFY(store.remove(u"db/account/1"_s)); // already gone: fine
}

void tst_SecretStore::fileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileSecretStore store(dir.filePath(u"secrets.json"_s));
    const Result<QString> read = store.read(u"db/account/1"_s);
    QVERIFY(!read.ok());
    QVERIFY(!read.error().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"secrets.json"_s))); // reading creates nothing
}

void tst_SecretStore::filePermissions_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("existedOpen"); // the file was already there, readable by everyone
    QTest::newRow("usual umask 022") << 022 << false;
    QTest::newRow("careless umask 000") << 000 << false;
    QTest::newRow("existing 0644 file") << 022 << true;
}

void tst_SecretStore::filePermissions()
{
    QFETCH(int, mask);
    QFETCH(bool, existedOpen);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.json"_s);
    if (existedOpen) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    }

    const Umask scoped{mode_t(mask)};
    FileSecretStore store(path);
    const Status written = store.write(u"db/account/1"_s, u"s3cret"_s);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(QFile::permissions(path) & everyone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(modeBits(path), 0600);

    // Rewriting (a second account, a removal) keeps it so.
    QVERIFY(store.write(u"db/account/2"_s, u"other"_s));
    QVERIFY(store.remove(u"db/account/2"_s));
    QCOMPARE(modeBits(path), 0600);
}

void tst_SecretStore::fileSecretNowhereElse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secrets.json"_s);
    FileSecretStore store(path);
    const QString secret = u"needle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(store.write(u"db/account/1"_s, secret));
    QVERIFY(store.write(u"db/account/2"_s, u"another"_s));
    QVERIFY(store.write(u"db/account/1"_s, secret + u"-rotated"_s));
    QVERIFY(store.remove(u"db/account/2"_s));

    QFile secrets(path);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(secret.toUtf8()));

    QStringList others;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file == path)
            continue;
        others.append(QFileInfo(file).fileName());
        QFile other(file);
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY2(!other.readAll().contains(secret.toUtf8()), qPrintable(file));
    }
    QCOMPARE(others, QStringList()); // no temporary or backup copies left behind either
}

void tst_SecretStore::kindFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<SecretStore::Kind>("kind");
    QTest::newRow("keychain") << u"keychain"_s << true << SecretStore::Kind::Keychain;
    QTest::newRow("file") << u"file"_s << true << SecretStore::Kind::File;
    QTest::newRow("empty") << QString() << false << SecretStore::Kind::Keychain;
    QTest::newRow("kwallet") << u"kwallet"_s << false << SecretStore::Kind::Keychain;
    QTest::newRow("files") << u"files"_s << false << SecretStore::Kind::Keychain;
}

void tst_SecretStore::kindFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(SecretStore::Kind, kind);
    const Result<SecretStore::Kind> parsed = SecretStore::kindFromName(name);
    QCOMPARE(parsed.ok(), known);
    if (known) {
        QCOMPARE(parsed.value(), kind);
    } else {
        QVERIFY2(parsed.error().contains(QString(u'"' + name + u'"')), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(u"keychain"_s) && parsed.error().contains(u"file"_s),
                 qPrintable(parsed.error()));
    }
}

void tst_SecretStore::defaultKind_data()
{
    QTest::addColumn<QByteArray>("environment"); // null: unset
    QTest::addColumn<SecretStore::Kind>("kind");
    QTest::newRow("unset") << QByteArray() << SecretStore::Kind::Keychain;
    QTest::newRow("file") << QByteArray("file") << SecretStore::Kind::File;
    QTest::newRow("keychain") << QByteArray("keychain") << SecretStore::Kind::Keychain;
    QTest::newRow("unknown falls back to the keychain") << QByteArray("vault") << SecretStore::Kind::Keychain;
}

void tst_SecretStore::defaultKind()
{
    QFETCH(QByteArray, environment);
    QFETCH(SecretStore::Kind, kind);
    const QByteArray saved = qgetenv("POSTSCHEDULER_SECRET_STORE");
    const bool wasSet = qEnvironmentVariableIsSet("POSTSCHEDULER_SECRET_STORE");
    if (environment.isNull())
        qunsetenv("POSTSCHEDULER_SECRET_STORE");
    else
        qputenv("POSTSCHEDULER_SECRET_STORE", environment);
    const SecretStore::Kind found = SecretStore::defaultKind();
    if (wasSet)
        qputenv("POSTSCHEDULER_SECRET_STORE", saved);
    else
        qunsetenv("POSTSCHEDULER_SECRET_STORE");
    QCOMPARE(found, kind);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
