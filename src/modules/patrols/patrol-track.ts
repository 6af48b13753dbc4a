/**
 * The check a recorded track (巡河轨迹) passes before anything is judged or stored: every rule a hostile
 * or broken phone could break, answered as problems with a JSON pointer, so the route answers 400 and
 * stores nothing. Pure: the caller passes the time; never throws on any JSON value.
 */

/** One position from Geolocation.watchPosition, WGS-84. t = ms since epoch; accuracy in metres. */
export interface TrackPoint {
  t: number;
  lat: number;
  lng: number;
  accuracy: number;
}

/** Where and when a photo was taken (position null when the phone had none). */
export interface PatrolPhotoMark {
  t: number;
  lat: number | null;
  lng: number | null;
}

export interface TrackProblem {
  /** The point (or photo) concerned, or null for the whole track. */
  index: number | null;
  /** A JSON pointer, e.g. '/points/17/lat'. */
  path: string;
  /** For a person, in Chinese. */
  message: string;
  en: string;
}

/** China's bounding box (with its islands), a generous limit on accuracy, and the track's size. */
export const trackLimits = {
  maxPoints: 50_000,
  maxPhotos: 200,
  minLat: 3.8,
  maxLat: 53.6,
  minLng: 73.5,
  maxLng: 135.1,
  /** A reported accuracy above this (metres) is not a fix but garbage. */
  maxAccuracyMetres: 10_000,
  /** A point later than now + this is in the future (phones' clocks drift a little). */
  futureToleranceMs: 5 * 60_000,
  /** Nothing before this date (2010-01-01) can be a patrol recorded by this system. */
  earliestT: Date.UTC(2010, 0, 1),
  /** One patrol lasts at most a day. */
  maxDurationMs: 24 * 3_600_000,
  /** The check stops listing after this many problems (the answer stays small). */
  maxProblems: 50,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Problems with a track; an empty array means it is acceptable. Refuses by count before walking
 * the elements (a million points cost nothing), then each point: an object with finite numbers t,
 * lat, lng, accuracy; inside China; accuracy not negative nor absurd; t neither before 2010 nor
 * later than now + 5 minutes, never going backwards, the whole track within a day.
 */
export function checkTrack(points: readonly unknown[], now: Date, base = '/points'): TrackProblem[] {
  if (!Array.isArray(points))
    return [{ index: null, path: base, message: '轨迹须为数组', en: 'The track must be an array' }];
  if (points.length > trackLimits.maxPoints)
    return [
      {
        index: null,
        path: base,
        message: `轨迹点过多：${points.length}个，最多${trackLimits.maxPoints}个`,
        en: `Too many points: ${points.length}, at most ${trackLimits.maxPoints}`,
      },
    ];
  const problems: TrackProblem[] = [];
  const latest = now.getTime() + trackLimits.futureToleranceMs;
  let previousT: number | undefined;
  let firstT: number | undefined;
  for (let index = 0; index < points.length && problems.length < trackLimits.maxProblems; index++) {
    const point: unknown = points[index];
    const at = `${base}/${index}`;
    const add = (field: string, message: string, en: string) =>
      problems.push({ index, path: field ? `${at}/${field}` : at, message, en });
    if (!isRecord(point)) {
      add('', '轨迹点须为对象', 'A point must be an object');
      continue;
    }
    let fine = true;
    for (const field of ['t', 'lat', 'lng', 'accuracy'] as const) {
      const value = point[field];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        add(field, `${field}须为有限数值`, `${field} must be a finite number`);
        fine = false;
      }
    }
    if (!fine) continue;
    const { t, lat, lng, accuracy } = point as unknown as TrackPoint;
    if (lat < trackLimits.minLat || lat > trackLimits.maxLat)
      add('lat', `纬度${lat}不在中国境内`, `Latitude ${lat} is outside China`);
    if (lng < trackLimits.minLng || lng > trackLimits.maxLng)
      add('lng', `经度${lng}不在中国境内`, `Longitude ${lng} is outside China`);
    if (accuracy < 0) add('accuracy', '精度不能为负数', 'Accuracy cannot be negative');
    else if (accuracy > trackLimits.maxAccuracyMetres)
      add('accuracy', `精度${accuracy}米不合理`, `An accuracy of ${accuracy} m is absurd`);
    // A time refused as in the future or too early is not used to judge the next points' times.
    if (t > latest) add('t', '时间晚于当前时间', 'The time is in the future');
    else if (t < trackLimits.earliestT) add('t', '时间早于2010年', 'The time is before 2010');
    else {
      if (previousT !== undefined && t < previousT)
        add('t', '时间早于前一个轨迹点', 'The time goes backwards from the previous point');
      else if (firstT !== undefined && t - firstT > trackLimits.maxDurationMs)
        add('t', '一次巡河不能超过24小时', 'A patrol cannot last more than 24 hours');
      firstT ??= t;
      previousT = Math.max(previousT ?? t, t);
    }
  }
  return problems;
}

/**
 * Problems with the photos' marks: at most maxPhotos, each with a finite t (same window as the
 * points) and either both lat and lng inside China or both null.
 */
export function checkPhotoMarks(photos: readonly unknown[], now: Date, base = '/photos'): TrackProblem[] {
  if (!Array.isArray(photos))
    return [{ index: null, path: base, message: '照片须为数组', en: 'The photos must be an array' }];
  if (photos.length > trackLimits.maxPhotos)
    return [
      {
        index: null,
        path: base,
        message: `照片过多：${photos.length}张，最多${trackLimits.maxPhotos}张`,
        en: `Too many photos: ${photos.length}, at most ${trackLimits.maxPhotos}`,
      },
    ];
  const problems: TrackProblem[] = [];
  const latest = now.getTime() + trackLimits.futureToleranceMs;
  photos.forEach((photo: unknown, index) => {
    const at = `${base}/${index}`;
    const add = (field: string, message: string, en: string) =>
      problems.push({ index, path: field ? `${at}/${field}` : at, message, en });
    if (!isRecord(photo)) return add('', '照片信息须为对象', 'A photo mark must be an object');
    const { t, lat, lng } = photo;
    if (typeof t !== 'number' || !Number.isFinite(t)) add('t', 't须为有限数值', 't must be a finite number');
    else if (t > latest) add('t', '拍摄时间晚于当前时间', 'The time is in the future');
    else if (t < trackLimits.earliestT) add('t', '拍摄时间早于2010年', 'The time is before 2010');
    if (lat === null && lng === null) return;
    if (typeof lat !== 'number' || !Number.isFinite(lat))
      add('lat', 'lat须为有限数值或与lng同为null', 'lat must be a finite number, or null together with lng');
    else if (lat < trackLimits.minLat || lat > trackLimits.maxLat)
      add('lat', `纬度${lat}不在中国境内`, `Latitude ${lat} is outside China`);
    if (typeof lng !== 'number' || !Number.isFinite(lng))
      add('lng', 'lng须为有限数值或与lat同为null', 'lng must be a finite number, or null together with lat');
    else if (lng < trackLimits.minLng || lng > trackLimits.maxLng)
      add('lng', `经度${lng}不在中国境内`, `Longitude ${lng} is outside China`);
  });
  return problems;
}

/** The largest segment geometry accepted, in vertices, and the widest management range, in metres. */
export const targetLimits = { maxVertices: 100_000, maxRangeMetres: 1000 };

/**
 * Problems with a responsibility object's geometry and management range before it is stored or
 * judged against: a GeoJSON LineString, MultiLineString, Polygon or MultiPolygon whose positions
 * are [lng, lat] pairs of finite numbers inside China, lines of at least two positions, rings of at
 * least four and closed, at most 100,000 vertices; the range a finite number of 0–1000 m. Never
 * throws on any JSON value; an empty array means acceptable.
 */
export function checkTarget(geometry: unknown, rangeMetres: unknown, base = ''): TrackProblem[] {
  const problems: TrackProblem[] = [];
  const add = (path: string, message: string, en: string) => {
    if (problems.length < trackLimits.maxProblems) problems.push({ index: null, path, message, en });
  };
  if (typeof rangeMetres !== 'number' || !Number.isFinite(rangeMetres) || rangeMetres < 0)
    add(
      `${base}/rangeMetres`,
      '管理范围须为非负数（米）',
      'The management range must be a non-negative number of metres',
    );
  else if (rangeMetres > targetLimits.maxRangeMetres)
    add(
      `${base}/rangeMetres`,
      `管理范围不能超过${targetLimits.maxRangeMetres}米`,
      `The management range cannot exceed ${targetLimits.maxRangeMetres} m`,
    );
  const at = `${base}/geometry`;
  if (!isRecord(geometry)) {
    add(at, '几何须为GeoJSON对象', 'The geometry must be a GeoJSON object');
    return problems;
  }
  let vertices = 0;
  const position = (value: unknown, path: string): boolean => {
    vertices += 1;
    if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
      add(path, '坐标须为[经度, 纬度]', 'A position must be [lng, lat]');
      return false;
    }
    const [lng, lat] = value as unknown[];
    if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < trackLimits.minLng || lng > trackLimits.maxLng) {
      add(`${path}/0`, '经度须为中国境内的有限数值', 'The longitude must be a finite number inside China');
      return false;
    }
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < trackLimits.minLat || lat > trackLimits.maxLat) {
      add(`${path}/1`, '纬度须为中国境内的有限数值', 'The latitude must be a finite number inside China');
      return false;
    }
    return true;
  };
  const line = (value: unknown, path: string, ring: boolean): void => {
    if (!Array.isArray(value) || value.length < (ring ? 4 : 2)) {
      add(
        path,
        ring ? '面的边界须至少有4个坐标' : '线须至少有2个坐标',
        ring ? 'A ring needs at least 4 positions' : 'A line needs at least 2 positions',
      );
      return;
    }
    if (vertices + value.length > targetLimits.maxVertices) {
      vertices += value.length;
      return;
    }
    let fine = true;
    for (let i = 0; i < value.length; i++) fine = position(value[i], `${path}/${i}`) && fine;
    if (ring && fine) {
      const first = value[0] as number[];
      const last = value[value.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) add(path, '面的边界须首尾闭合', 'A ring must be closed');
    }
  };
  const list = (value: unknown, path: string, each: (item: unknown, path: string) => void) => {
    if (!Array.isArray(value) || value.length === 0)
      add(path, '坐标须为非空数组', 'The coordinates must be a non-empty array');
    else for (let i = 0; i < value.length && vertices <= targetLimits.maxVertices; i++) each(value[i], `${path}/${i}`);
  };
  const coordinates = geometry.coordinates;
  const path = `${at}/coordinates`;
  switch (geometry.type) {
    case 'LineString':
      line(coordinates, path, false);
      break;
    case 'MultiLineString':
      list(coordinates, path, (l, p) => line(l, p, false));
      break;
    case 'Polygon':
      list(coordinates, path, (r, p) => line(r, p, true));
      break;
    case 'MultiPolygon':
      list(coordinates, path, (polygon, p) => list(polygon, p, (r, q) => line(r, q, true)));
      break;
    default:
      add(
        `${at}/type`,
        '几何类型须为线、多线、面或多面',
        'The geometry must be a LineString, MultiLineString, Polygon or MultiPolygon',
      );
  }
  if (vertices > targetLimits.maxVertices)
    add(
      path,
      `几何的坐标过多，最多${targetLimits.maxVertices}个`,
      `The geometry has too many positions, at most ${targetLimits.maxVertices}`,
    );
  return problems;
}
