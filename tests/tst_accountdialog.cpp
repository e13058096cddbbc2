#include "accounts/accountdialog.h"
#include "fakemastodonserver.h"
#include "platforms/builtinplatforms.h"
#include "secrets/filesecretstore.h"
#include "storage/accountstore.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The account dialog against the Mastodon fake: what it asks per platform, problems shown beside
// their field with nothing written, and an account stored with its secret once the server agrees.
class TestAccountDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fieldsFollowHowThePlatformSignsIn();
    void problemIsShownBesideItsField_data();
    void problemIsShownBesideItsField();
    void addsAMastodonAccountWithItsSecret();
    void refusedTokenIsExplainedAndNothingIsStored();
    void screenshot();

private:
    void fill(AccountDialog &dialog, const QString &platform, const QString &name, const QString &address,
              const QString &secret, const QString &handle = {});
    QList<Account> storedAccounts() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FileSecretStore> m_secrets;
    int m_run = 0;
};

void TestAccountDialog::initTestCase()
{
    registerBuiltinPlatforms();
    QVERIFY(m_dir.isValid());
}

void TestAccountDialog::init()
{
    ++m_run;
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(u"accounts-%1.sqlite"_s.arg(m_run)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(u"secrets-%1"_s.arg(m_run)));
}

void TestAccountDialog::fill(AccountDialog &dialog, const QString &platform, const QString &name,
                             const QString &address, const QString &secret, const QString &handle)
{
    auto *platforms = dialog.findChild<QComboBox *>(u"platformCombo"_s);
    platforms->setCurrentIndex(platforms->findData(platform));
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
    dialog.findChild<QLineEdit *>(u"addressEdit"_s)->setText(address);
    dialog.findChild<QLineEdit *>(u"handleEdit"_s)->setText(handle);
    dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(secret);
}

QList<Account> TestAccountDialog::storedAccounts() const
{
    const Result<QList<Account>> all = AccountStore(*m_database).all();
    return all ? all.value() : QList<Account>{};
}

void TestAccountDialog::fieldsFollowHowThePlatformSignsIn()
{
    AccountDialog dialog(*m_database, *m_secrets);
    dialog.show();
    auto *platforms = dialog.findChild<QComboBox *>(u"platformCombo"_s);
    auto *handle = dialog.findChild<QLineEdit *>(u"handleEdit"_s);
    auto *secretLabel = dialog.findChild<QLabel *>(u"secretLabel"_s);
    QCOMPARE(platforms->currentData().toString(), u"mastodon"_s);
    QVERIFY(!handle->isVisible());
    QCOMPARE(secretLabel->text(), u"&Access token:"_s);

    platforms->setCurrentIndex(platforms->findData(u"bluesky"_s));
    QVERIFY(handle->isVisible());
    QCOMPARE(secretLabel->text(), u"App &password:"_s);

    platforms->setCurrentIndex(platforms->findData(u"webhook"_s));
    QVERIFY(!handle->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"addressLabel"_s)->text(), u"&Address:"_s);
}

void TestAccountDialog::problemIsShownBesideItsField_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("problemLabel");
    QTest::addColumn<QString>("says");

    QTest::newRow("name with spaces") << u"mastodon"_s << u"my account"_s << u"https://mastodon.social"_s << QString()
                                      << u"t"_s << u"nameProblem"_s << u"not a usable account name"_s;
    QTest::newRow("plain http to another host") << u"mastodon"_s << u"work"_s << u"http://mastodon.example"_s
                                                << QString() << u"t"_s << u"addressProblem"_s << u"https"_s;
    QTest::newRow("bluesky without handle") << u"bluesky"_s << u"sky"_s << u"https://bsky.social"_s << QString()
                                            << u"pw"_s << u"handleProblem"_s << u"handle"_s;
    QTest::newRow("mastodon without token") << u"mastodon"_s << u"work"_s << u"https://mastodon.social"_s
                                            << QString() << QString() << u"secretProblem"_s << u"token"_s;
}

void TestAccountDialog::problemIsShownBesideItsField()
{
    QFETCH(QString, platform);
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, handle);
    QFETCH(QString, secret);
    QFETCH(QString, problemLabel);
    QFETCH(QString, says);

    AccountDialog dialog(*m_database, *m_secrets);
    dialog.show();
    fill(dialog, platform, name, address, secret, handle);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const auto *problem = dialog.findChild<QLabel *>(problemLabel);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(says, Qt::CaseInsensitive), qPrintable(problem->text()));
    for (const auto *other : dialog.findChildren<QLabel *>(QRegularExpression(u"Problem$"_s))) {
        if (other != problem)
            QVERIFY2(!other->isVisible(), qPrintable(other->objectName()));
    }
    QVERIFY(dialog.isVisible());
    QVERIFY(storedAccounts().isEmpty());
}

void TestAccountDialog::addsAMastodonAccountWithItsSecret()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    server.setMaxCharacters(1000);
    AccountDialog dialog(*m_database, *m_secrets);
    dialog.show();
    fill(dialog, u"mastodon"_s, u"work-mastodon"_s, server.baseUrl().toString(), u"test-token"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<Account> accounts = storedAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().name, u"work-mastodon"_s);
    QCOMPARE(accounts.first().settings.value(u"max_characters"_s).toInt(), 1000); // learned from the server
    QCOMPARE(dialog.account().id, accounts.first().id);
    const Result<QString> secret = m_secrets->read(accounts.first().secretKey(m_database->databaseId()));
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret.value(), u"test-token"_s);
}

void TestAccountDialog::refusedTokenIsExplainedAndNothingIsStored()
{
    FakeMastodonServer server;
    QVERIFY(server.listen());
    AccountDialog dialog(*m_database, *m_secrets);
    dialog.show();
    fill(dialog, u"mastodon"_s, u"work-mastodon"_s, server.baseUrl().toString(), u"wrong-token"_s);
    auto *connectButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    connectButton->click();
    QVERIFY(!connectButton->isEnabled()); // busy while the server is asked
    const auto *problem = dialog.findChild<QLabel *>(u"connectProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"token"_s, Qt::CaseInsensitive), qPrintable(problem->text()));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY(storedAccounts().isEmpty());
}

void TestAccountDialog::screenshot()
{
    AccountDialog dialog(*m_database, *m_secrets);
    fill(dialog, u"bluesky"_s, u"my account"_s, u"https://bsky.social"_s, u"app-password"_s, u"alice.bsky.social"_s);
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.grab().save(u"accountdialog.png"_s));
}

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
