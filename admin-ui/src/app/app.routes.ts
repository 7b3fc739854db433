import { Route, Routes } from '@angular/router';

import { authGuard, guestGuard } from './core/auth/guards';
import { SECTIONS } from './core/layout/sections';

// Every section is listed in the navigation from day one; until its feature lands it shows only
// its title and a "coming" note. A landed feature replaces its entry with its own lazy routes.
const sectionRoutes: Routes = SECTIONS.map((section): Route => ({
  path: section.path,
  title: section.title,
  data: { heading: section.title },
  loadComponent: () => import('./features/coming-soon/coming-soon-page').then((m) => m.ComingSoonPage),
}));

export const routes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    children: [{ path: '', pathMatch: 'full', redirectTo: 'dashboard' }, ...sectionRoutes],
  },
  { path: '**', redirectTo: '' },
];
