#pragma once

#include "model/account.h"
#include "util/result.h"

#include <QDialog>

#include <memory>

class AccountConnector;
class Database;
class QLabel;
class SecretStore;

namespace Ui {
class AccountDialog;
}

// Adds an account of any platform: asks for what that platform signs in with, explains a problem
// beside the field it concerns, then lets AccountConnector ask the platform and store the account
// and its secret, all or nothing. Accepted once the account is stored.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(const Database &database, SecretStore &secrets, QWidget *parent = nullptr);
    ~AccountDialog() override;
    Q_DISABLE_COPY_MOVE(AccountDialog)

    const Account &account() const { return m_account; } // once accepted
    void accept() override;

private:
    void showPlatform();
    Account enteredAccount() const;
    QList<QLabel *> problemLabels() const;
    void clearProblems();
    void setBusy(bool busy);
    void finish(const Result<Account> &added);

    std::unique_ptr<Ui::AccountDialog> m_ui;
    AccountConnector *m_connector;
    Account m_account;
    bool m_busy = false;
};
