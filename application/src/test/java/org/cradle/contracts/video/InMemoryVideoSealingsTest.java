package org.cradle.contracts.video;

import org.cradle.application.video.VideoSealings;
import org.cradle.domain.video.VideoId;

class InMemoryVideoSealingsTest extends VideoSealingsContract {

    private final InMemoryVideoSealings sealings = new InMemoryVideoSealings();

    @Override
    protected VideoSealings sealings() {
        return sealings;
    }

    @Override
    protected VideoId video() {
        return VideoId.newId();
    }
}
