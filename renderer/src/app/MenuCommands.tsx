import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { bridge } from '../bridge';
import { screenPath } from './screens';

/** Follows the application menu (Fichier → Importer…, Paramètres…, Aide → À propos). */
export function MenuCommands() {
  const navigate = useNavigate();
  useEffect(
    () =>
      bridge().on('menuCommand', ({ command }) => {
        if (command === 'import') void navigate(screenPath('import'));
        else if (command === 'settings') void navigate(screenPath('settings'));
        else if (command === 'about') void navigate(`${screenPath('settings')}?tab=about`);
      }),
    [navigate],
  );
  return null;
}
