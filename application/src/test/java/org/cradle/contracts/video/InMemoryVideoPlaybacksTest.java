package org.cradle.contracts.video;

import org.cradle.application.video.VideoPlaybacks;
import org.cradle.domain.video.VideoId;

class InMemoryVideoPlaybacksTest extends VideoPlaybacksContract {

    private final InMemoryVideoPlaybacks playbacks = new InMemoryVideoPlaybacks();

    @Override
    protected VideoPlaybacks playbacks() {
        return playbacks;
    }

    @Override
    protected VideoId video() {
        return VideoId.newId();
    }
}
