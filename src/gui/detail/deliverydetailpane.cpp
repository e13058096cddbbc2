#include "deliverydetailpane.h"

#include "attempttablemodel.h"
#include "messagebox.h"
#include "publish/engine.h"
#include "queue/statecolors.h"
#include "storage/deliverystore.h"
#include "undo/postactions.h"
#include "util/clock.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
DeliveryState targetOf(UserDecision decision)
{
    switch (decision) {
    case UserDecision::WasPosted: return DeliveryState::Published;
    case UserDecision::PostAgain: return DeliveryState::Retrying;
    case UserDecision::Cancel: return DeliveryState::Cancelled;
    }
    return DeliveryState::Cancelled;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DeliveryDetailPane::DeliveryDetailPane(const Database &database, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_pages(new QStackedLayout(this))
    , m_attempts(new AttemptTableModel(this))
{
    auto *placeholder = new QLabel(tr("Select a post in the queue or the calendar to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);
}

// Built when the first delivery is shown, not with the window, so that the window paints sooner: the
// text view and the attempts' table are among its costliest widgets.
void DeliveryDetailPane::buildDetailPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *facts = new QFormLayout;
    m_stateLabel = new QLabel(page);
    m_stateLabel->setAutoFillBackground(true);
    m_stateLabel->setMargin(3);
    m_stateLabel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_reason = wrappingLabel(page);
    m_link = new QLabel(page);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setOpenExternalLinks(false);
    connect(m_link, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    facts->addRow(tr("State:"), m_stateLabel);
    facts->addRow(tr("Why:"), m_reason);
    facts->addRow(tr("Link:"), m_link);
    m_key = new QLabel(page);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Key:"), m_key);
    layout->addLayout(facts);

    m_text = new QPlainTextEdit(page);
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(120);
    layout->addWidget(m_text);

    layout->addWidget(new QLabel(tr("Attempts"), page));
    m_attemptView = new QTableView(page);
    m_attemptView->setModel(m_attempts);
    m_attemptView->setObjectName(u"attemptView"_s);
    m_attemptView->verticalHeader()->hide();
    // Everything fits the pane's width: the error (or the user's note) takes what the short columns leave.
    m_attemptView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attemptView->horizontalHeader()->setSectionResizeMode(AttemptTableModel::ErrorColumn, QHeaderView::Stretch);
    m_attemptView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A delivery has one key for all its attempts: it is shown once above, not in every row.
    m_attemptView->hideColumn(AttemptTableModel::KeyColumn);
    m_attemptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptView->setWordWrap(true);
    layout->addWidget(m_attemptView, 1);

    auto *buttons = new QHBoxLayout;
    m_wasPosted = new QPushButton(tr("It was posted"), page);
    m_wasPosted->setObjectName(u"wasPostedButton"_s);
    m_wasPosted->setToolTip(tr("You checked the account and the post is there: mark it published, never send it again."));
    m_postAgain = new QPushButton(tr("Post again"), page);
    m_postAgain->setObjectName(u"postAgainButton"_s);
    m_postAgain->setToolTip(tr("Send it again with the same publication key. Check first that it is not already there."));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Do not publish this post on this account."));
    buttons->addWidget(m_wasPosted);
    buttons->addWidget(m_postAgain);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_wasPosted, &QPushButton::clicked, this, [this] { decide(UserDecision::WasPosted); });
    connect(m_postAgain, &QPushButton::clicked, this, [this] { decide(UserDecision::PostAgain); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { decide(UserDecision::Cancel); });
    m_pages->addWidget(page);
}

void DeliveryDetailPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void DeliveryDetailPane::showDelivery(qint64 deliveryId)
{
    const DeliveryStore store(m_database);
    const Result<Delivery> delivery = deliveryId == 0 ? Result<Delivery>::failure({}) : store.byId(deliveryId);
    if (!delivery) {
        m_deliveryId = 0;
        m_attempts->setAttempts({});
        m_pages->setCurrentIndex(0);
        updateButtons();
        return;
    }
    if (!m_title)
        buildDetailPage();
    const Delivery &d = delivery.value();
    m_deliveryId = d.id;
    m_state = d.state;
    m_accountName = d.accountName;
    m_title->setText(tr("%1 · %2").arg(d.accountName, d.scheduledAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    m_stateLabel->setText(DeliveryStates::displayName(d.state));
    QPalette statePalette = palette();
    if (const QColor colour = StateColors::background(d.state, palette()); colour.isValid())
        statePalette.setColor(QPalette::Window, colour);
    m_stateLabel->setPalette(statePalette);
    m_reason->setText(d.reason.isEmpty() ? tr("—") : d.reason);
    m_link->setText(d.remoteUrl.isEmpty()
                        ? tr("not published yet")
                        : u"<a href=\"%1\">%2</a>"_s.arg(d.remoteUrl.toHtmlEscaped(), d.remoteUrl.toHtmlEscaped()));
    m_key->setText(d.publicationKey.isEmpty() ? tr("none yet (made just before the first send)") : d.publicationKey);
    if (m_text->toPlainText() != d.text) // the 5-second refresh must not undo the user's text selection
        m_text->setPlainText(d.text);
    const Result<QList<Attempt>> attempts = store.attempts(d.id);
    m_attempts->setAttempts(attempts ? attempts.value() : QList<Attempt>());
    m_attemptInFlight = attempts && std::any_of(attempts.value().cbegin(), attempts.value().cend(),
                                                [](const Attempt &attempt) { return attempt.finishedAt.isNull(); });
    m_attemptView->resizeRowsToContents();
    m_pages->setCurrentIndex(1);
    updateButtons();
}

void DeliveryDetailPane::decide(UserDecision decision)
{
    if (m_deliveryId == 0)
        return;
    const qint64 id = m_deliveryId;
    // The one way a post goes out twice is the user's word: ask for it knowingly.
    if (decision == UserDecision::PostAgain && m_state != DeliveryState::Failed) {
        const auto answer = MessageBox::question(
            this, tr("Post again?"),
            tr("If the earlier attempt did reach %1, posting again publishes a second copy.\n\n"
               "Check the account first. Post again now?")
                .arg(m_accountName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // A cancel can be undone (Ctrl+Z); the decisions that may lead to a send cannot.
    const Status applied = decision == UserDecision::Cancel && m_actions
        ? m_actions->cancel({id})
        : applyUserDecision(DeliveryStore(m_database), id, decision, m_clock.nowUtc());
    reload();
    if (!applied) {
        Q_EMIT decisionFailed(applied.error());
        return;
    }
    if (m_engine)
        m_engine->wake();
    Q_EMIT decisionApplied(id);
}

void DeliveryDetailPane::updateButtons()
{
    // While a send or a lookup is in flight the platform's answer decides (the store refuses a decision
    // then too); the user decides once it has settled.
    if (!m_wasPosted)
        return; // nothing shown yet
    const bool decidable = m_deliveryId != 0 && !m_readOnly && !m_attemptInFlight && m_state != DeliveryState::Sending;
    m_wasPosted->setEnabled(decidable && DeliveryStates::canChange(m_state, targetOf(UserDecision::WasPosted)));
    m_postAgain->setEnabled(decidable && DeliveryStates::canChange(m_state, targetOf(UserDecision::PostAgain)));
    m_cancel->setEnabled(decidable && DeliveryStates::canChange(m_state, targetOf(UserDecision::Cancel)));
}
