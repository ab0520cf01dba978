import type { RelanceDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import {
  EMPTY_COMPANY_PROFILE,
  presentCompanyProfile,
  validateCompanyProfile,
  type CompanyProfile,
  type CompanyProfileDraft,
  type ProfileValidation,
} from '../../domain/company-profile';
import { inspectImage } from '../../domain/image-check';

export const COMPANY_KEY = 'company';
export const COMPANY_LOGO_KEY = 'companyLogo';

export interface StoredLogo {
  bytes: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  fileName: string;
}

export async function loadCompanyProfile(db: RelanceDatabase): Promise<CompanyProfileDraft> {
  const saved = await readSetting<CompanyProfile>(db, COMPANY_KEY);
  return saved ? { ...EMPTY_COMPANY_PROFILE, ...presentCompanyProfile(saved) } : { ...EMPTY_COMPANY_PROFILE };
}

export async function loadCompanyLogo(db: RelanceDatabase): Promise<StoredLogo | null> {
  return (await readSetting<StoredLogo>(db, COMPANY_LOGO_KEY)) ?? null;
}

/**
 * Validates, then stores the profile and its logo in one transaction: either both are saved or
 * neither is, and an invalid profile or logo never reaches the database.
 */
export async function saveCompanyProfile(
  db: RelanceDatabase,
  draft: CompanyProfileDraft,
  logo: StoredLogo | null,
): Promise<ProfileValidation> {
  const result = validateCompanyProfile(draft);
  if (!result.ok) return result;
  if (logo && !inspectImage(logo.bytes).ok) throw new Error('The logo is not a valid PNG or JPEG image');
  const updatedAt = new Date().toISOString();
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: COMPANY_KEY, value: result.value, updatedAt });
    if (logo) await db.settings.put({ key: COMPANY_LOGO_KEY, value: logo, updatedAt });
    else await db.settings.delete(COMPANY_LOGO_KEY);
  });
  return result;
}
