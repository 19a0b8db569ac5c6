import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { RADAR_LOCATION_KEY, RadarLoader, RadarState } from './RadarSource';

/** A radar that loaded (possibly the last good copy). */
export type LoadedRadar = Extract<RadarState, { status: 'ok' }>;

/** The radar, or the error the endpoints answer with (404 unset, 503 broken). */
export async function requireLoadedRadar(
  source: RadarLoader,
): Promise<LoadedRadar> {
  const state = await source.load();
  if (state.status === 'unconfigured') {
    throw new NotFoundError(
      `No tech radar is configured: set ${RADAR_LOCATION_KEY} to the path or URL of the radar file`,
    );
  }
  if (state.status === 'failed') {
    throw new ServiceUnavailableError(state.message);
  }
  return state;
}
