#include "accountitemdelegate.h"

#include "fieldproblem.h"
#include "queue/statecolors.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace {
constexpr int Padding = 6;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

AccountItemDelegate::AccountItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void AccountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon(); // both are painted below, in their own places
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect text = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    painter->save();
    // The platform's icon, as tall as the name line, beside both lines.
    if (const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>(); !icon.isNull()) {
        const int side = QFontMetrics(option.font).height() + 2;
        const QRect place(text.left(), text.top() + (text.height() - side) / 2, side, side);
        icon.paint(painter, place);
        text.setLeft(place.right() + Padding + 1);
    }
    const QFontMetrics nameMetrics(option.font);
    const int nameHeight = nameMetrics.height();
    if (const int attention = index.data(AttentionRole).toInt(); attention > 0)
        text.setRight(paintBadge(painter, option, QRect(text.left(), text.top(), text.width(), nameHeight), attention));
    painter->setPen(ink);
    painter->setFont(option.font);
    painter->drawText(QRect(text.left(), text.top(), text.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
    paintStatusLine(painter, option, index, QRect(text.left(), text.top() + nameHeight, text.width(), 0));
    painter->restore();
}

// A rounded count at the right of the name line, in the "needs attention" colour. Returns the
// right edge left for the name.
int AccountItemDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
                                    int count) const
{
    const QFont font = smallFont(option.font);
    const QFontMetrics metrics(font);
    const QString label = QString::number(count);
    const int height = metrics.height();
    const int width = std::max(height, metrics.horizontalAdvance(label) + height / 2);
    const QRect badge(line.right() - width, line.top() + (line.height() - height) / 2, width, height);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QColor fill = StateColors::background(DeliveryState::NeedsAttention, option.palette);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(fill.lightness() < 128 ? Qt::white : QColor(0x24, 0x1f, 0x31)); // readable on either fill
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, label);
    return badge.left() - Padding;
}

void AccountItemDelegate::paintStatusLine(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index, const QRect &below) const
{
    const QString platform = index.data(PlatformRole).toString();
    if (platform.isEmpty())
        return;
    const bool selected = option.state & QStyle::State_Selected;
    const QFont font = smallFont(option.font);
    const QFontMetrics metrics(font);
    const QRect line(below.left(), below.top(), below.width(), metrics.height());
    QColor quiet = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    quiet.setAlphaF(0.65f);
    painter->setFont(font);
    painter->setPen(quiet);
    const QString health = index.data(HealthRole).toString();
    const QString platformPart = health.isEmpty() ? platform : platform + u" · ";
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, platformPart);
    if (health.isEmpty())
        return;
    const int used = metrics.horizontalAdvance(platformPart);
    if (index.data(ProblemRole).toBool() && !selected)
        painter->setPen(FieldProblem::color(option.palette));
    painter->drawText(line.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(health, Qt::ElideRight, line.width() - used));
}

QSize AccountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int height = QFontMetrics(option.font).height() + Padding;
    if (!index.data(PlatformRole).toString().isEmpty())
        height += QFontMetrics(smallFont(option.font)).height();
    return {QStyledItemDelegate::sizeHint(option, index).width(), height + Padding / 2};
}
