// SPDX-License-Identifier: MIT
#include "SampleGallery.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace aclwb::widgets {

SampleGallery::SampleGallery(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    retranslate();
}

void SampleGallery::setSamples(const QVector<QImage>& images, const QStringList& captions,
                               const QVector<bool>& flagged, int side, const QStringList& toolTips)
{
    m_list->clear();
    m_list->setIconSize(QSize(side, side));
    m_list->setGridSize(QSize(side + 80, side + 40));
    m_flagged = 0;
    for (int k = 0; k < captions.size(); ++k) {
        auto* item = new QListWidgetItem(captions[k], m_list);
        if (k < images.size() && !images[k].isNull()) {
            // Small images (28 x 28) are enlarged without smoothing: the pixels are the data.
            const Qt::TransformationMode mode
                = images[k].width() < side ? Qt::FastTransformation : Qt::SmoothTransformation;
            item->setIcon(QPixmap::fromImage(images[k].scaled(side, side, Qt::KeepAspectRatio, mode)));
        }
        if (flagged.value(k, false)) {
            item->setForeground(QColor(200, 30, 30));
            ++m_flagged;
        }
        item->setToolTip(toolTips.value(k, captions[k]));
    }
    retranslate();
}

int SampleGallery::count() const
{
    return m_list->count();
}

QStringList SampleGallery::captions() const
{
    QStringList out;
    for (int k = 0; k < m_list->count(); ++k) {
        out.push_back(m_list->item(k)->text());
    }
    return out;
}

void SampleGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SampleGallery::retranslate()
{
    m_header->setText(tr("%n sample(s) selected; %1 predicted wrong (red)", nullptr, m_list->count()).arg(m_flagged));
}

} // namespace aclwb::widgets
