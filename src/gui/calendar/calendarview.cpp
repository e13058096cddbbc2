#include "calendarview.h"

#include "calendarmodel.h"
#include "composer/droppedfiles.h"
#include "queue/statecolors.h"

#include <QApplication>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
constexpr int ChipRadius = 4;

Qt::DropAction actionFor(Qt::KeyboardModifiers modifiers)
{
    return modifiers.testFlag(Qt::ControlModifier) ? Qt::CopyAction : Qt::MoveAction;
}
} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CalendarView::setModel(CalendarModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!m_model)
        return;
    const auto repaint = [this] { update(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, repaint);
    connect(m_model, &QAbstractItemModel::dataChanged, this, repaint);
    update();
}

void CalendarView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setAcceptDrops(!readOnly);
}

void CalendarView::setDate(const QDate &date)
{
    m_date = date;
    update();
}

QRect CalendarView::chipRect(qint64 postId) const
{
    for (const PlacedChip &chip : m_chips) {
        if (m_model->index(chip.row).data(CalendarModel::PostIdRole).toLongLong() == postId)
            return chip.rect;
    }
    return {};
}

QColor CalendarView::todayColour(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

// One post: its local time in bold, its accounts and first words, on its state's colour. Drafts
// have a dashed edge, cancelled posts are struck through, and posts already sent carry no grip.
void CalendarView::paintChip(QPainter &painter, const QRect &rect, int row)
{
    const QModelIndex index = m_model->index(row);
    const auto state = index.data(CalendarModel::StateRole).value<DeliveryState>();
    const QPalette &pal = palette();
    QColor fill = StateColors::background(state, pal);
    if (!fill.isValid()) {
        // Unmarked states: a light tint of the highlight, so that chips stand out from the day.
        const QColor base = pal.color(QPalette::Base);
        const QColor highlight = pal.color(QPalette::Highlight);
        fill = QColor::fromRgbF(base.redF() * 0.82f + highlight.redF() * 0.18f,
                                base.greenF() * 0.82f + highlight.greenF() * 0.18f,
                                base.blueF() * 0.82f + highlight.blueF() * 0.18f);
    }
    const bool selected = index.data(CalendarModel::PostIdRole).toLongLong() == m_selectedPost;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The edge stands out from the fill: darker on a light palette, lighter on a dark one.
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const int contrast = state == DeliveryState::Draft ? 170 : 130;
    QPen edge(selected   ? pal.color(QPalette::Highlight)
                  : dark ? fill.lighter(contrast)
                         : fill.darker(contrast),
              selected ? 2 : 1);
    if (state == DeliveryState::Draft)
        edge.setStyle(Qt::DashLine);
    painter.setPen(edge);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), ChipRadius, ChipRadius);

    QFont bold = font();
    bold.setBold(true);
    QFont plain = font();
    plain.setStrikeOut(state == DeliveryState::Cancelled);
    QFont small = font();
    small.setBold(true);
    small.setPointSizeF(small.pointSizeF() * 0.75);
    const QFontMetrics metrics(plain);
    painter.setPen(pal.color(state == DeliveryState::Cancelled ? QPalette::PlaceholderText : QPalette::Text));

    // One line (time, accounts, first words) or, in a tall chip, the first words on a line of their own.
    const QRect text = rect.adjusted(5, 0, -4, 0);
    const bool twoLines = rect.height() >= 2 * metrics.height() + 4;
    const QRect firstLine = twoLines ? QRect(text.left(), rect.top() + 2, text.width(), metrics.height()) : text;
    const QString time = index.data(CalendarModel::LocalTimeRole).toTime().toString(u"HH:mm"_s);
    painter.setFont(bold);
    painter.drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, time);
    QRect rest = firstLine.adjusted(QFontMetrics(bold).horizontalAdvance(time + u' '), 0, 0, 0);
    painter.setFont(plain);

    // Accounts by name where they fit; else as lettered badges while a few words still fit beside them.
    constexpr int MinWordsWidth = 48;
    const QStringList accounts = index.data(CalendarModel::AccountsRole).toStringList();
    const QString names = accounts.join(u", "_s);
    const int reserve = twoLines ? 0 : MinWordsWidth;
    const int badge = std::min(firstLine.height() - 2, metrics.height() - 2);
    // As many badges as fit (at most three), then "+n" for the rest.
    const int moreWidth = QFontMetrics(small).horizontalAdvance(u"+9"_s) + 2;
    const int available = rest.width() - reserve;
    qsizetype badges = std::min<qsizetype>(accounts.size(), 3);
    if (badges * (badge + 3) > available || accounts.size() > badges)
        badges = std::min<qsizetype>(badges, std::max(0, (available - moreWidth) / (badge + 3)));
    const QString moreBadges = accounts.size() > badges ? u"+%1"_s.arg(accounts.size() - badges) : QString();
    const int badgesWidth = int(badges) * (badge + 3) + QFontMetrics(small).horizontalAdvance(moreBadges);
    if (metrics.horizontalAdvance(names + u" · "_s) + reserve <= rest.width()) {
        const QString shown = twoLines ? names : names + u" · "_s;
        painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(shown, Qt::ElideRight, rest.width()));
        rest.setLeft(rest.left() + metrics.horizontalAdvance(shown));
    } else if (badgesWidth <= available) {
        for (qsizetype n = 0; n < badges; ++n) {
            const QRect disc(rest.left(), rest.center().y() - badge / 2 + 1, badge, badge);
            paintBadge(painter, disc, accounts.at(n), small);
            rest.setLeft(disc.right() + 3);
        }
        if (!moreBadges.isEmpty()) {
            painter.setFont(small);
            painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, moreBadges);
            painter.setFont(plain);
        }
        rest.setLeft(firstLine.left() + QFontMetrics(bold).horizontalAdvance(time + u' ') + badgesWidth + 3);
    }
    if (twoLines)
        rest = QRect(text.left(), firstLine.bottom() + 1, text.width(), metrics.height());
    const QString words = index.data(CalendarModel::TextRole).toString().section(u'\n', 0, 0);
    painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(words, Qt::ElideRight, rest.width()));
    painter.restore();
    m_chips.append({ rect, row });
}

// An account's badge: its initial on a colour of its own, the same for the same name everywhere.
void CalendarView::paintBadge(QPainter &painter, const QRect &disc, const QString &account, const QFont &font)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    // Hues far apart, so that two accounts on one chip never look alike by accident.
    static constexpr int hues[] = { 210, 30, 130, 280, 0, 175, 55, 320 };
    painter.setBrush(QColor::fromHsl(hues[qHash(account) % std::size(hues)], 150, 90));
    painter.drawEllipse(disc);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(disc, Qt::AlignCenter, account.left(1).toUpper());
    painter.restore();
}

void CalendarView::paintDropTarget(QPainter &painter)
{
    if (!m_dropSlot)
        return;
    painter.save();
    QColor highlight = palette().color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 2));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(slotRect(*m_dropSlot).adjusted(1, 1, -1, -1));
    painter.restore();
}

int CalendarView::rowAt(const QPoint &pos) const
{
    for (const PlacedChip &chip : m_chips) {
        if (chip.rect.contains(pos))
            return chip.row;
    }
    return -1;
}

void CalendarView::refuse(const QPoint &pos, const QString &why)
{
    QToolTip::showText(mapToGlobal(pos), why, this);
    Q_EMIT message(why);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressedRow = rowAt(m_pressPos);
    const QModelIndex index = m_model->index(m_pressedRow);
    m_selectedPost = index.isValid() ? index.data(CalendarModel::PostIdRole).toLongLong() : 0;
    if (index.isValid())
        Q_EMIT postActivated(index.data(CalendarModel::DeliveryIdRole).toLongLong());
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedRow < 0
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return QWidget::mouseMoveEvent(event);
    const QModelIndex index = m_model->index(m_pressedRow);
    m_pressedRow = -1;
    if (m_readOnly) {
        refuse(event->position().toPoint(), tr("Posts cannot be moved while another publisher holds the database."));
        return;
    }
    QMimeData *payload = m_model->mimeData({ index });
    if (!payload) {
        refuse(event->position().toPoint(), tr("This post has already been sent, so it cannot be moved."));
        return;
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(payload);
    const QRect rect = chipRect(index.data(CalendarModel::PostIdRole).toLongLong());
    if (!rect.isEmpty()) {
        drag->setPixmap(grab(rect));
        drag->setHotSpot(m_pressPos - rect.topLeft());
    }
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedRow = -1;
    QWidget::mouseReleaseEvent(event);
}

// Posts of this calendar, or files from a file manager (which start a new post).
bool CalendarView::acceptsDrag(const QMimeData *mime) const
{
    return m_model && (mime->hasFormat(CalendarModel::mimeType) || !DroppedFiles::localFiles(mime).isEmpty());
}

Qt::DropAction CalendarView::dropActionFor(const QMimeData *mime, Qt::KeyboardModifiers modifiers)
{
    return mime->hasFormat(CalendarModel::mimeType) ? actionFor(modifiers) : Qt::CopyAction;
}

void CalendarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptsDrag(event->mimeData()))
        return event->ignore();
    event->setDropAction(dropActionFor(event->mimeData(), event->modifiers()));
    event->accept();
}

void CalendarView::dragMoveEvent(QDragMoveEvent *event)
{
    const std::optional<Slot> slot = slotAt(event->position().toPoint());
    if (slot != m_dropSlot) {
        m_dropSlot = slot;
        update();
    }
    if (!slot || !acceptsDrag(event->mimeData()))
        return event->ignore();
    event->setDropAction(dropActionFor(event->mimeData(), event->modifiers()));
    event->accept();
}

void CalendarView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropSlot.reset();
    update();
    QWidget::dragLeaveEvent(event);
}

void CalendarView::dropEvent(QDropEvent *event)
{
    m_dropSlot.reset();
    update();
    const QPoint pos = event->position().toPoint();
    const std::optional<Slot> slot = slotAt(pos);
    if (!m_model || !slot)
        return event->ignore();
    if (!event->mimeData()->hasFormat(CalendarModel::mimeType)) {
        const QStringList files = DroppedFiles::localFiles(event->mimeData());
        if (files.isEmpty())
            return event->ignore();
        event->setDropAction(Qt::CopyAction);
        event->accept();
        Q_EMIT composeRequested(m_model->composeTime(slot->day, slot->hour), files);
        return;
    }
    const Qt::DropAction action = actionFor(event->modifiers());
    const Status done = slot->hour ? m_model->dropOnHour(event->mimeData(), action, slot->day, *slot->hour)
                                   : m_model->dropOnDay(event->mimeData(), action, slot->day);
    if (!done) {
        refuse(pos, done.error());
        return event->ignore();
    }
    event->setDropAction(action);
    event->accept();
    Q_EMIT message(action == Qt::CopyAction ? tr("Post copied.") : tr("Post moved."));
}

// The keyboard does what the mouse does: arrows choose the previous or next post in time, Enter shows
// it, and Ctrl with an arrow moves it (a day left or right; up or down, verticalStepSeconds()).
void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model)
        return QWidget::keyPressEvent(event);
    const bool move = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Right ? 1 : -1;
        return move ? moveSelected(direction * 24 * 3600) : selectNeighbour(direction);
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int direction = event->key() == Qt::Key_Down ? 1 : -1;
        return move ? moveSelected(direction * verticalStepSeconds()) : selectNeighbour(direction);
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const int row = m_model->rowOf(m_selectedPost); row >= 0)
            Q_EMIT postActivated(m_model->index(row).data(CalendarModel::DeliveryIdRole).toLongLong());
        return;
    default: return QWidget::keyPressEvent(event);
    }
}

void CalendarView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    m_selectedPost = index.data(CalendarModel::PostIdRole).toLongLong();
    Q_EMIT postActivated(index.data(CalendarModel::DeliveryIdRole).toLongLong());
    update();
}

void CalendarView::selectNeighbour(int direction)
{
    const int current = m_model->rowOf(m_selectedPost);
    const int row = current < 0 ? (direction > 0 ? 0 : m_model->rowCount() - 1) : current + direction;
    if (row >= 0 && row < m_model->rowCount())
        selectRow(row);
}

void CalendarView::moveSelected(qint64 seconds)
{
    if (m_selectedPost == 0)
        return;
    if (m_readOnly) {
        Q_EMIT message(tr("Posts cannot be moved while another publisher holds the database."));
        return;
    }
    if (const Status moved = m_model->shiftPost(m_selectedPost, seconds); !moved)
        Q_EMIT message(moved.error());
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (rowAt(event->position().toPoint()) >= 0)
        return QWidget::mouseDoubleClickEvent(event);
    if (const std::optional<Slot> slot = slotAt(event->position().toPoint()))
        Q_EMIT dayOpened(slot->day);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), m_model->index(row).data(Qt::ToolTipRole).toString(), this);
        return true;
    }
    return QWidget::event(event);
}
